/// Where a key binding applies.
public enum KeyContext: Sendable, Hashable {
    /// Everywhere, unless something more specific uses the key.
    case global
    case view(AppView)
    /// While the help overlay is open.
    case help
    /// While a deal's detail popup is open.
    case dealDetail
    /// While a filter picker is open.
    case picker
    /// While the board search is being typed.
    case search
    /// While a form is open.
    case form
    /// While unsaved text from a crash is offered back.
    case recovery
    /// While the conflict chooser is open.
    case conflicts
}

/// One row of the keymap: the single source for behaviour, help overlay and status-bar hints.
public struct KeyBinding: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var description: String
    /// Heading the help overlay groups this under.
    public var section: String
    public var contexts: [KeyContext]
    /// A short label for the status bar, shown while one of its contexts is active; nil keeps it
    /// to the help overlay.
    public var hint: String?

    public init(_ keys: [Key], _ action: Action, _ description: String, section: String, contexts: [KeyContext] = [.global], hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        self.section = section
        self.contexts = contexts
        self.hint = hint
    }

    /// "j/↓" style label for help and hints.
    public var keysLabel: String { keys.map(\.label).joined(separator: "/") }
}

/// The app's key bindings as data.
public struct Keymap: Sendable, Hashable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    public static let standard = Keymap(bindings: generalBindings + BoardKeys.bindings + overlayBindings)

    static let generalBindings: [KeyBinding] = [
        KeyBinding([.char("?")], .toggleHelp, "show or hide this help", section: "General", hint: "help"),
        KeyBinding([.char("q")], .back, "back; quit from the top level", section: "General", contexts: AppView.allCases.map { .view($0) }, hint: "quit"),
        KeyBinding([.ctrl("c")], .quit, "save and quit from anywhere", section: "General"),
        KeyBinding([.ctrl("r")], .reload, "reload data from disk", section: "General"),
        KeyBinding([.char("S")], .syncNow, "sync with the team now (git)", section: "General", contexts: AppView.allCases.map { .view($0) }),
        KeyBinding([.char("C")], .openConflicts, "choose values a sync could not merge", section: "General", contexts: AppView.allCases.map { .view($0) }),
    ] + AppView.allCases.map { view in
        KeyBinding([.char(Character(String(view.number)))], .showView(view), "go to the \(view.title.lowercased())", section: "General")
    }

    static let overlayBindings: [KeyBinding] = [
        KeyBinding([.escape, .char("q"), .char("?")], .closeOverlay, "close help", section: "Help", contexts: [.help], hint: "close"),
        KeyBinding([.char("j"), .down], .scrollDown, "scroll down", section: "Help", contexts: [.help], hint: "scroll"),
        KeyBinding([.char("k"), .up], .scrollUp, "scroll up", section: "Help", contexts: [.help]),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "page down", section: "Help", contexts: [.help]),
        KeyBinding([.pageUp], .pageUp, "page up", section: "Help", contexts: [.help]),
        KeyBinding([.char("g"), .home], .scrollToTop, "to the top", section: "Help", contexts: [.help]),
        KeyBinding([.char("G"), .end], .scrollToBottom, "to the bottom", section: "Help", contexts: [.help]),
        KeyBinding([.escape, .char("q")], .closeOverlay, "close the deal", section: "Deal", contexts: [.dealDetail], hint: "close"),
        KeyBinding([.enter], .confirm, "choose", section: "Filter picker", contexts: [.picker], hint: "choose"),
        KeyBinding([.char("j"), .down], .scrollDown, "next", section: "Filter picker", contexts: [.picker], hint: "move"),
        KeyBinding([.char("k"), .up], .scrollUp, "previous", section: "Filter picker", contexts: [.picker]),
        KeyBinding([.escape, .char("q")], .closeOverlay, "cancel", section: "Filter picker", contexts: [.picker], hint: "cancel"),
        KeyBinding([.enter], .confirm, "keep this search", section: "Search", contexts: [.search], hint: "keep"),
        KeyBinding([.escape], .closeOverlay, "cancel the search", section: "Search", contexts: [.search], hint: "cancel"),
        KeyBinding([.char("r")], .restoreRecovered, "put the recovered text back and save it", section: "Recovered text", contexts: [.recovery], hint: "restore"),
        KeyBinding([.char("d")], .discardRecovered, "throw the recovered text away", section: "Recovered text", contexts: [.recovery], hint: "discard"),
        KeyBinding([.escape], .closeOverlay, "decide later (asked again next start)", section: "Recovered text", contexts: [.recovery], hint: "later"),
        KeyBinding([.char("1")], .chooseConflict(.kept), "keep the value in the record", section: "Conflicts", contexts: [.conflicts], hint: "keep"),
        KeyBinding([.char("2")], .chooseConflict(.other), "take the other machine's value", section: "Conflicts", contexts: [.conflicts], hint: "take other"),
        KeyBinding([.char("j"), .down], .scrollDown, "next conflict", section: "Conflicts", contexts: [.conflicts], hint: "move"),
        KeyBinding([.char("k"), .up], .scrollUp, "previous conflict", section: "Conflicts", contexts: [.conflicts]),
        KeyBinding([.escape, .char("q")], .closeOverlay, "choose later (the conflicts stay)", section: "Conflicts", contexts: [.conflicts], hint: "later"),
        KeyBinding([.tab, .down], .formInput, "next field", section: "Forms", contexts: [.form], hint: "next"),
        KeyBinding([.backTab, .up], .formInput, "previous field", section: "Forms", contexts: [.form]),
        KeyBinding([.left, .right, .char(" ")], .formInput, "change a choice", section: "Forms", contexts: [.form]),
        KeyBinding([.enter], .formInput, "save", section: "Forms", contexts: [.form], hint: "save"),
        KeyBinding([.escape], .formInput, "cancel", section: "Forms", contexts: [.form], hint: "cancel"),
    ]

    /// The action for a key, trying contexts in order (most specific first).
    public func action(for key: Key, in contexts: [KeyContext]) -> Action? {
        for context in contexts {
            if let binding = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) {
                return binding.action
            }
        }
        return nil
    }

    /// Status-bar hints for the active contexts, in table order.
    public func hints(for contexts: [KeyContext]) -> [(keys: String, description: String)] {
        bindings.compactMap { binding in
            guard let hint = binding.hint, binding.contexts.contains(where: contexts.contains) else { return nil }
            return (keys: binding.keysLabel, description: hint)
        }
    }

    /// Rows for the help overlay: what works in `view`, grouped by section in table order.
    public func helpEntries(for view: AppView) -> [(keys: String, description: String, section: String)] {
        let contexts: [KeyContext] = [.view(view), .global, .help, .dealDetail, .picker, .search, .form, .recovery, .conflicts]
        return bindings.filter { $0.contexts.contains(where: contexts.contains) }
            .map { (keys: $0.keysLabel, description: $0.description, section: $0.section) }
    }
}
