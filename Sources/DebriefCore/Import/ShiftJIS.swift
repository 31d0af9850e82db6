import Foundation

/// Shift_JIS, what Excel on a Japanese Windows writes when it saves "CSV" (a Japanese Salesforce or HubSpot
/// report opened and saved again). Read as Windows-1252 it comes out as "�¤’k–¼" instead of "商談名", in the
/// header and in every name, so it is told apart before any text is read.
///
/// Both encodings can decode most bytes; what tells them apart is where the high bytes fall. Japanese text is
/// nearly all two-byte characters whose first byte is 0x81–0x9F (kana, punctuation, most common kanji), where
/// Windows-1252 has only curly quotes, dashes and the euro sign; Western text's high bytes are accented letters
/// (0xC0–0xFF). A file is Shift_JIS when every byte fits it, it has a few two-byte characters, most of them
/// starting in 0x81–0x9F, and Foundation decodes it.
struct ShiftJISEvidence {
    private var pendingLead = false
    private(set) var fits = true
    private(set) var pairs = 0
    private(set) var lowLeadPairs = 0
    private var lastLead: UInt8 = 0

    static func isLead(_ byte: UInt8) -> Bool { (0x81...0x9F).contains(byte) || (0xE0...0xFC).contains(byte) }
    static func isTrail(_ byte: UInt8) -> Bool { (0x40...0x7E).contains(byte) || (0x80...0xFC).contains(byte) }

    mutating func add(_ piece: [UInt8]) {
        guard fits else { return }
        for byte in piece {
            if pendingLead {
                guard Self.isTrail(byte) else { fits = false; return }
                pendingLead = false
                pairs += 1
                if lastLead <= 0x9F { lowLeadPairs += 1 }
            } else if Self.isLead(byte) {
                pendingLead = true
                lastLead = byte
            } else if byte == 0x80 || byte == 0xA0 || byte >= 0xFD {
                fits = false
                return
            }
        }
    }

    /// Whether the bytes seen look like Japanese text in Shift_JIS rather than Western text in Windows-1252.
    var looksJapanese: Bool { fits && !pendingLead && pairs >= 3 && lowLeadPairs * 10 >= pairs * 6 }
}

/// Shift_JIS bytes cut into pieces anywhere, to UTF-8: a first byte of a pair at the end of a piece waits
/// for the next one. Foundation decodes; nil when it cannot.
struct ShiftJISPieces {
    private var carry: [UInt8] = []

    mutating func decode(_ piece: [UInt8]) -> [UInt8]? {
        var bytes = carry + piece
        carry = []
        var index = 0
        while index < bytes.count {
            if ShiftJISEvidence.isLead(bytes[index]) {
                if index + 1 == bytes.count {
                    carry = [bytes[index]]
                    bytes.removeLast()
                    break
                }
                index += 2
            } else {
                index += 1
            }
        }
        if bytes.isEmpty { return [] }
        guard let text = String(data: Data(bytes), encoding: .shiftJIS) else { return nil }
        return Array(text.utf8)
    }

    /// Nil when the text ended inside a two-byte character.
    func finish() -> [UInt8]? { carry.isEmpty ? [] : nil }
}
