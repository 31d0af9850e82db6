import ArgumentParser
import DebriefCore
import Foundation

extension Debrief {
    /// The parser's own messages quote what was typed (`Unknown option '--x'`, a bad value), and a
    /// pasted argument may carry escape sequences or bidi overrides: every message it prints goes
    /// through the display sanitizer first, as the commands' own messages do; help and completion
    /// scripts, which quote nothing typed, are printed exactly.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // Help and completion scripts are Debrief's own text, printed exactly (tabs kept).
                let text = fullMessage(for: error)
                if !text.isEmpty { print(text) }
            } else {
                let message = DisplaySanitizer.multiLine.sanitize(fullMessage(for: error))
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
