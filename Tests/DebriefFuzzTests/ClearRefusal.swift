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
            if let fault = fault(in: message, naming: reader.refusalNames) {
                Issue.record("\(reader.name) refused unclearly (\(fault)): \"\(message)\"; input \(preview(input))", sourceLocation: sourceLocation)
            }
        }
    }

    /// What is wrong with a refusal's message, or nil when it tells a person what is wrong with the file.
    static func fault(in message: String, naming name: String?) -> String? {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count < 8 || !trimmed.contains(" ") || trimmed.hasSuffix(":") { return "no reason in words" }
        if let name, !message.contains(name) { return "does not name \(name)" }
        // Beyond the name, there must be words about the problem.
        if let name, message.replacingOccurrences(of: name, with: "").filter(\.isLetter).count < 8 { return "only the file's name" }
        // Raw controls quoted from the input may stay in the message: it is sanitised where it is shown.
        if let leak = internals.first(where: message.contains) { return "Swift's own wording \"\(leak)\"" }
        return nil
    }

    /// Wording that only means something to a Swift programmer.
    static let internals = ["DecodingError", "CodingKeys", "dataCorrupted", "keyNotFound", "typeMismatch", "valueNotFound",
                            "Optional(", "Error Domain=", "NSCocoaErrorDomain", "The operation could not be completed",
                            "(Swift.", "Swift.", "TOMLKit.", "codingPath"]

    /// The first bytes of an input, escaped, short enough for a failure message.
    static func preview(_ bytes: [UInt8]) -> String {
        let head = bytes.prefix(160).map { byte -> String in
            (0x20..<0x7F).contains(byte) && byte != 0x5C ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
        }.joined()
        return "(\(bytes.count) bytes) \"\(head)\(bytes.count > 160 ? "…" : "")\""
    }
}
