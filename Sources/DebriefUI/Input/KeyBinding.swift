/// One key binding: the single source for what a key does, the help overlay, the status bar,
/// the README's key table, `debrief keys` and the names `config.toml` rebinds.
public struct KeyBinding: Sendable, Hashable {
    /// How the status bar labels the keys of a hint.
    public enum HintKeys: Sendable, Hashable {
        /// Every key, "Esc/q/?".
        case all
        /// The first key only: "y" for y/Y/Enter.
        case first
        /// This binding's first key and that of another action in the same context: "j/k".
        case pairedWith(String)
    }

    public var context: KeyContext
    /// The action's stable name within its context (kebab-case), as `config.toml` takes it.
    public var action: String
    public var keys: [Key]
    public var description: String
    /// A short label for the status bar; nil keeps the binding to help and the README.
    public var hint: String?
    /// Whether the hint shows in the status bar (some are kept for narrow or special layouts).
    public var showsInStatusBar: Bool
    public var hintKeys: HintKeys
    /// Consecutive bindings of one group share a status-bar hint ("f p t b a add").
    public var hintGroup: String?
    /// Why the key does nothing now, when it does nothing (a read-only review, say); set by the
    /// component from its state. Such a binding is left out of the status bar.
    public var unavailable: String?

    public init(_ context: KeyContext, _ action: String, _ keys: [Key], _ description: String, hint: String? = nil,
                showsInStatusBar: Bool = true, hintKeys: HintKeys = .all, hintGroup: String? = nil) {
        self.context = context
        self.action = action
        self.keys = keys
        self.description = description
        self.hint = hint
        self.showsInStatusBar = showsInStatusBar
        self.hintKeys = hintKeys
        self.hintGroup = hintGroup
    }

    /// "j/↓" style label for help and the README.
    public var keysLabel: String { keys.map(\.label).joined(separator: "/") }
}

/// A component's key table: each binding with the typed action it stands for. The bindings join
/// the app's `Keymap`; the component turns the action name a key resolves to back into its action.
public struct KeyCommands<Command: Sendable & Hashable>: Sendable {
    public struct Row: Sendable {
        public var binding: KeyBinding
        public var action: Command
    }

    public let rows: [Row]

    public init(_ rows: [Row]) { self.rows = rows }

    public var bindings: [KeyBinding] { rows.map(\.binding) }

    /// The typed action for a binding's name in a context.
    public func action(named name: String, in context: KeyContext) -> Command? {
        rows.first { $0.binding.context == context && $0.binding.action == name }?.action
    }

    /// The action `key` means in `context` under `keymap` (the user's keys, or the defaults).
    public func action(for key: Key, in context: KeyContext, keymap: Keymap) -> Command? {
        keymap.binding(for: key, in: context).flatMap { action(named: $0.action, in: context) }
    }
}

extension KeyCommands.Row {
    public init(_ context: KeyContext, _ name: String, _ keys: [Key], _ action: Command, _ description: String, hint: String? = nil,
                showsInStatusBar: Bool = true, hintKeys: KeyBinding.HintKeys = .all, hintGroup: String? = nil) {
        self.init(binding: KeyBinding(context, name, keys, description, hint: hint, showsInStatusBar: showsInStatusBar,
                                      hintKeys: hintKeys, hintGroup: hintGroup), action: action)
    }
}
