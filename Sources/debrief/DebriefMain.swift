import ArgumentParser
import DebriefCore
import Foundation

extension Debrief {
    /// The parser's own messages quote what was typed (`Unknown option '--x'`, a bad value), and a
    /// pasted argument may carry escape sequences or bidi overrides: every message it prints goes
    /// through the display sanitizer first, as the commands' own messages do.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = DisplaySanitizer.multiLine.sanitize(fullMessage(for: error))
            if code == .success {
                if !message.isEmpty { print(message) }
            } else if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
