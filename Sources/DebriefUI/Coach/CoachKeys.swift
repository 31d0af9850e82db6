/// The key that opens the brief in a session, part of the app's one keymap (`[keys.session] brief`).
/// An F-key: the session's printable keys type into the note, and its commands are Alt-keys.
enum CoachKeys {
    enum Command: Sendable, Hashable { case openBrief }

    static let commands = KeyCommands<Command>([
        KeyCommands<Command>.Row(.session, "brief", [.function(2)], .openBrief,
                                 "the brief for this 1:1 beside the questions (open items, lessons, similar deals)",
                                 hint: "brief", showsInStatusBar: false),
    ])

    static func opensBrief(_ key: Key, keymap: Keymap) -> Bool {
        keymap.binding("brief", in: .session)?.keys.contains(key) ?? false
    }

    /// The session's bindings with the brief's key among them, after the last session binding,
    /// so help and the README list it with the session's keys.
    static func withBrief(_ session: [KeyBinding]) -> [KeyBinding] {
        var bindings = session
        let at = (bindings.lastIndex { $0.context == .session } ?? (bindings.count - 1)) + 1
        bindings.insert(contentsOf: commands.bindings, at: at)
        return bindings
    }
}
