import Foundation
import Testing

/// The promise every reader keeps: it takes the input or says, in words, what is wrong with it.
enum ClearRefusal {
    /// Records an issue when `outcome` broke that promise; `input` is shown to reproduce it.
    static func check(_ outcome: ReadOutcome, from reader: InputReader, input: [UInt8],
                      sourceLocation: SourceLocation = #_sourceLocation) {
        switch outcome {
        case .accepted, .ignored:
            return
        case .broken(let message):
            Issue.record("\(reader.name) broke its contract: \(message); input \(preview(input))", sourceLocation: sourceLocation)
        case .refused(let message):
            if !names(message) {
                Issue.record("\(reader.name) refused without a reason (\"\(message)\"); input \(preview(input))", sourceLocation: sourceLocation)
            }
        }
    }

    /// A message names the problem when it has words beyond a path and a colon.
    static func names(_ message: String) -> Bool {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count >= 8 && !trimmed.hasSuffix(":") && trimmed.contains(" ")
    }

    /// The first bytes of an input, escaped, short enough for a failure message.
    static func preview(_ bytes: [UInt8]) -> String {
        let head = bytes.prefix(160).map { byte -> String in
            (0x20..<0x7F).contains(byte) && byte != 0x5C ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
        }.joined()
        return "(\(bytes.count) bytes) \"\(head)\(bytes.count > 160 ? "…" : "")\""
    }
}
