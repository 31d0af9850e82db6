import Foundation

/// Decides whether the interactive view can run here, before ncurses is started.
public enum TerminalCheck {
    /// Why the interactive view cannot start, or nil when it can.
    public static func problem(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard isatty(STDOUT_FILENO) == 1 else { return "standard output is not a terminal" }
        guard isatty(STDIN_FILENO) == 1 else { return "standard input is not a terminal" }
        let term = environment["TERM"] ?? ""
        if term.isEmpty { return "TERM is not set" }
        if term == "dumb" { return "TERM is 'dumb', which cannot move the cursor" }
        return nil
    }

    /// The message for users, with the commands that work without a terminal.
    public static func advice(for problem: String) -> String {
        """
        the interactive view needs a terminal (\(problem)).
        Without one, use:
          debrief deals       list closed deals
          debrief reviews     list reviews
          debrief snapshot    render a view as text (see debrief snapshot --help)
        """
    }
}
