/// Every key binding of the app, in one table: the defaults from each component's key table,
/// with the user's rebindings from `config.toml` applied (`KeyConfig`). Lookups go by context.
public struct Keymap: Sendable, Hashable {
    /// All bindings, in the order help, the README and `debrief keys` list them.
    public private(set) var bindings: [KeyBinding]
    private var byContext: [KeyContext: [KeyBinding]]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        byContext = Dictionary(grouping: bindings, by: \.context)
    }

    public static func == (a: Keymap, b: Keymap) -> Bool { a.bindings == b.bindings }
    public func hash(into hasher: inout Hasher) { hasher.combine(bindings) }

    /// The binding `key` triggers in `context`, if any.
    public func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
        byContext[context]?.first { $0.keys.contains(key) }
    }

    /// The first binding `key` triggers, trying the contexts in order (most specific first).
    public func binding(for key: Key, in contexts: [KeyContext]) -> KeyBinding? {
        for context in contexts {
            if let binding = binding(for: key, in: context) { return binding }
        }
        return nil
    }

    public func bindings(in context: KeyContext) -> [KeyBinding] { byContext[context] ?? [] }

    /// The binding of a named action in a context.
    public func binding(_ action: String, in context: KeyContext) -> KeyBinding? {
        byContext[context]?.first { $0.action == action }
    }

    /// Replaces the keys of one action (a rebinding); unknown names change nothing.
    mutating func setKeys(_ keys: [Key], for action: String, in context: KeyContext) {
        guard let index = bindings.firstIndex(where: { $0.context == context && $0.action == action }) else { return }
        bindings[index].keys = keys
        byContext = Dictionary(grouping: bindings, by: \.context)
    }

    /// Status-bar hints for the bindings of the given contexts that have one, in table order.
    /// Bindings marked unavailable (`unavailable`) are left out.
    public func hints(for contexts: [KeyContext], unavailable: (KeyBinding) -> String? = { _ in nil }) -> [KeyHint] {
        KeyHints.make(bindings.filter { contexts.contains($0.context) && unavailable($0) == nil }, keymap: self, grouped: .joined)
    }
}
