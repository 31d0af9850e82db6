/// Makes text from files, CSV imports and user data safe to draw: nothing in it can reach the
/// terminal as a control code, and what is drawn keeps the width `DisplayWidth` measures.
///
/// - C0 controls (NUL, BEL, CR, ESC, …) and DEL become their Unicode Control Pictures
///   (`␀` U+2400 … `␟` U+241F, `␡` U+2421). An escape sequence therefore shows as `␛` followed by its
///   own printable characters, e.g. `ESC[2J` → `␛[2J`: readable, and inert.
/// - C1 controls (U+0080–U+009F, including the 8-bit CSI 0x9B) become `�` (U+FFFD). It is the glyph
///   every terminal font has, and these code points never belong in displayable text.
/// - Bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) are removed, so text cannot
///   reorder what is drawn after it.
/// - Zero-width and other invisible format characters (U+200B, U+200C, U+2060, U+FEFF, soft hyphen, …)
///   are removed, except the zero-width joiner and tag characters inside an emoji sequence, which
///   are part of the emoji.
/// - A tab becomes spaces up to the next tab stop. CR LF, LF, U+2028 and U+2029 are line breaks: kept
///   as `\n` in multi-line mode, replaced (by `⏎` by default) in single-line mode. A lone CR is a
///   control and shows as `␍`.
public struct DisplaySanitizer: Sendable, Hashable {
    public enum NewlineHandling: Sendable, Hashable {
        /// Keep line breaks, normalised to `\n`.
        case keep
        /// Replace each line break with this text.
        case replace(with: String)
    }

    public var newlines: NewlineHandling
    /// Columns between tab stops; a tab becomes the spaces up to the next stop.
    public var tabWidth: Int

    public init(newlines: NewlineHandling, tabWidth: Int = 4) {
        self.newlines = newlines
        self.tabWidth = max(1, tabWidth)
    }

    /// For one line of text (a cell, a title, a list row): line breaks become `⏎`.
    public static let singleLine = DisplaySanitizer(newlines: .replace(with: "⏎"))
    /// For one line of text where line breaks should simply read as spaces.
    public static let singleLineWithSpaces = DisplaySanitizer(newlines: .replace(with: " "))
    /// For text shown over several lines (notes, paragraphs): line breaks are kept as `\n`.
    public static let multiLine = DisplaySanitizer(newlines: .keep)

    static let c1Placeholder = "\u{FFFD}"
    static let deletePlaceholder: Unicode.Scalar = "\u{2421}"

    public func sanitize(_ text: String) -> String {
        if DisplayWidth.printableASCIIWidth(text) != nil || Self.isAlreadySafe(text) { return text }
        var output = sanitizedOnce(text)
        // Removing an invisible character can regroup what is left into other characters (a prepended
        // mark and a digit with a joiner), so a joiner or tag kept inside one may sit outside any emoji
        // now. Later passes only remove, so this ends; in practice it never runs twice.
        for _ in 0..<4 where output.unicodeScalars.contains(where: { $0.value == 0x200D || (0xE0020...0xE007F).contains($0.value) }) {
            let again = sanitizedOnce(output)
            if again == output { break }
            output = again
        }
        return output
    }

    private func sanitizedOnce(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var column = 0  // columns since the last line break, for tab stops
        for character in text {
            if Self.isLineBreak(character) {
                switch newlines {
                case .keep:
                    output.append("\n")
                    column = 0
                case .replace(let replacement):
                    output += replacement
                    column += DisplayWidth.of(replacement)
                }
                continue
            }
            let piece = sanitizedScalars(of: character, column: column)
            output += piece
            column += DisplayWidth.of(piece)
        }
        return output
    }

    private func sanitizedScalars(of character: Character, column: Int) -> String {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.value >= 0x20, only.value < 0x7F {
            return String(character)
        }
        let isEmojiSequence = scalars.first.map { DisplayWidthTables.emoji.contains($0.value) } ?? false
        var piece = String.UnicodeScalarView()
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case 0x09:
                let spaces = tabWidth - (column + DisplayWidth.of(String(piece))) % tabWidth
                piece.append(contentsOf: repeatElement(" ", count: spaces))
            case 0x00...0x1F:
                piece.append(Unicode.Scalar(0x2400 + value) ?? "?")
            case 0x7F:
                piece.append(Self.deletePlaceholder)
            case 0x80...0x9F:
                piece.append(contentsOf: Self.c1Placeholder.unicodeScalars)
            case 0x200D, 0xE0020...0xE007F:
                if isEmojiSequence { piece.append(scalar) }
            default:
                if !Self.isInvisibleFormatCharacter(scalar) { piece.append(scalar) }
            }
        }
        return String(piece)
    }

    /// Whether `sanitize` would give `text` back unchanged: no control, tab, line break or invisible
    /// format character, and no joiner or tag (kept only inside emoji). Names with accents, dashes
    /// and currency signs are drawn on every frame; this spares them the character-by-character path.
    private static func isAlreadySafe(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F: continue
            case 0..<0x20, 0x7F...0x9F, 0x200D, 0x2028, 0x2029, 0xE0020...0xE007F: return false
            default: if isInvisibleFormatCharacter(scalar) { return false }
            }
        }
        return true
    }

    private static func isLineBreak(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n" || character == "\u{2028}" || character == "\u{2029}"
    }

    /// Bidi controls, zero-width characters and the other invisible format characters (General
    /// Category Cf), except the prepended concatenation marks, which terminals draw with a column.
    static func isInvisibleFormatCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
            return false
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF:
            return true
        default:
            return scalar.value >= 0xAD && scalar.properties.generalCategory == .format
        }
    }
}

extension StringProtocol {
    /// This text made safe to draw; see `DisplaySanitizer`.
    public func sanitizedForDisplay(_ sanitizer: DisplaySanitizer = .singleLine) -> String {
        sanitizer.sanitize(String(self))
    }
}
