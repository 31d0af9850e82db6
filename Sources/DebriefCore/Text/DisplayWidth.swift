/// How many terminal columns text occupies, measured the way xterm, tmux and VTE draw it:
/// combining marks add nothing, CJK and fullwidth forms take two columns, emoji with emoji
/// presentation take two, and an emoji sequence (ZWJ family, skin tone, flag, keycap, VS16) is
/// drawn as one two-column glyph. Uses its own tables: never the process locale or `wcwidth`.
///
/// Control characters measure 0 here; `DisplaySanitizer` turns them into visible one-column
/// placeholders before anything is drawn.
public enum DisplayWidth {
    /// Width of a single code point, ignoring its neighbours.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }  // DEL and the C1 controls
        if value < 0x300 { return 1 }  // Latin-1 and Latin Extended hold no marks or wide characters
        if DisplayWidthTables.zeroWidth.contains(value) { return 0 }
        if DisplayWidthTables.wide.contains(value) { return 2 }
        return 1
    }

    /// Width of one grapheme cluster (a user-perceived character).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard iterator.next() != nil else { return of(first) }
        return clusterWidth(scalars, first: first)
    }

    /// Width of a string: the sum of its grapheme clusters' widths.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        if let asciiWidth = printableASCIIWidth(text) { return asciiWidth }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The UTF-8 length when every byte is printable ASCII (one column each), else nil.
    public static func printableASCIIWidth<Text: StringProtocol>(_ text: Text) -> Int? {
        var count = 0
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            count += 1
        }
        return count
    }

    private static func clusterWidth(_ scalars: Character.UnicodeScalarView, first: Unicode.Scalar) -> Int {
        var hasTextPresentation = false  // VS15
        var hasEmojiPresentation = false  // VS16
        var hasJoiner = false
        var hasSkinTone = false
        var regionalIndicators = 0
        var sum = 0
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0E: hasTextPresentation = true
            case 0xFE0F: hasEmojiPresentation = true
            case 0x200D: hasJoiner = true
            case 0x1F3FB...0x1F3FF: hasSkinTone = true
            case 0x1F1E6...0x1F1FF: regionalIndicators += 1
            default: break
            }
            sum += of(scalar)
        }
        if isRegionalIndicator(first) { return regionalIndicators >= 2 ? 2 : 1 }
        let firstIsEmoji = DisplayWidthTables.emoji.contains(first.value)
        if firstIsEmoji {
            if hasTextPresentation && !hasJoiner { return 1 }
            if hasEmojiPresentation || hasJoiner || hasSkinTone { return 2 }
        }
        // A wide base keeps its two columns whatever marks follow (Hangul jamo, CJK + mark).
        if of(first) == 2 { return 2 }
        // Otherwise terminals draw each code point on its own: an Indic conjunct takes one column
        // per consonant, an accent none.
        return sum
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}

extension StringProtocol {
    /// Terminal columns this text occupies; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
    /// Terminal columns this character occupies; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
