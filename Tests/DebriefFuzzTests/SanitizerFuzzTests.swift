import DebriefCore
import PropertyBased
import Testing

/// Whatever a file holds, what reaches the screen carries nothing a terminal acts on: no C0 or C1
/// control, no escape, no bidi control or other invisible format character, and sanitising twice
/// changes nothing. Inputs mix the scalars that break terminals with text from every plane.
@Suite struct SanitizerFuzzTests {
    /// The scalars a hostile or careless file brings: controls, ESC sequences, CSI, bidi controls,
    /// zero-width characters, joiners and tags, line and paragraph separators, combining marks.
    static let hostile: [Unicode.Scalar] = [0x00, 0x07, 0x08, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9B, 0x9C, 0xAD, 0x061C,
        0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2066,
        0x2067, 0x2068, 0x2069, 0xFEFF, 0xFFFD, 0x0301, 0x0600, 0xE0041, 0xE007F, 0x1F3F4, 0x1F468, 0x1F1E9, 0x1F1EA,
        0x4E2D, 0x3042, 0x05D0, 0x0627, 0x00E9, 0x005B, 0x004A].compactMap(Unicode.Scalar.init)

    /// A text of up to 48 scalars: a hostile one, an ASCII one, or any scalar of any plane.
    static let texts = Gen.uint64().map { seed -> String in
        var random = ByteMutator(seed: seed)
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.below(49) {
            switch random.below(3) {
            case 0: scalars.append(hostile[random.below(hostile.count)])
            case 1: scalars.append(Unicode.Scalar(UInt8(0x20 + random.below(0x5F))))
            default:
                let value = UInt32(random.below(0x110000))
                scalars.append(Unicode.Scalar(value) ?? "?")  // surrogates are no scalars
            }
        }
        return String(scalars)
    }

    @Test func sanitizedTextHasNothingATerminalActsOn() async {
        let sanitizers: [(String, DisplaySanitizer)] = [("single line", .singleLine), ("spaces", .singleLineWithSpaces), ("multi-line", .multiLine)]
        await propertyCheck(count: FuzzBudget.cases(2_000), input: Self.texts) { text in
            for (name, sanitizer) in sanitizers {
                let shown = sanitizer.sanitize(text)
                let multiLine = name == "multi-line"
                let bad = shown.unicodeScalars.first { scalar in
                    let value = scalar.value
                    if value == 0x0A { return !multiLine }
                    // A joiner stays after anything that may start an emoji (digits too: keycaps); it draws nothing.
                    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x061C || (0x200B...0x200C).contains(value)
                        || (0x200E...0x200F).contains(value)
                        || (0x2028...0x202E).contains(value) || (0x2060...0x2069).contains(value) || value == 0xFEFF
                }
                #expect(bad == nil, "\(name): U+\(String(bad?.value ?? 0, radix: 16, uppercase: true)) reached the screen from \(Array(text.unicodeScalars.map(\.value)))")
                #expect(sanitizer.sanitize(shown) == shown, "\(name): sanitising twice changed \(Array(text.unicodeScalars.map(\.value)))")
            }
        }
    }

    /// Joiners and tags are part of an emoji, and only there.
    @Test func joinersSurviveOnlyInsideEmoji() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        #expect(DisplaySanitizer.singleLine.sanitize(family) == family)
        #expect(DisplaySanitizer.singleLine.sanitize("a\u{200D}b") == "ab")
        #expect(DisplaySanitizer.singleLine.sanitize("x\u{E0041}y") == "xy")
        // Found by the fuzz: the bidi mark's removal regroups the number sign, the digit and the joiner.
        let regrouping = "\u{0600}\u{061C}2\u{0301}\u{200D}R"
        let once = DisplaySanitizer.singleLine.sanitize(regrouping)
        #expect(DisplaySanitizer.singleLine.sanitize(once) == once)
        let tagged = "9\u{0600}\u{202C}\u{1F1E9}\u{E007F}x"
        let taggedOnce = DisplaySanitizer.singleLine.sanitize(tagged)
        #expect(DisplaySanitizer.singleLine.sanitize(taggedOnce) == taggedOnce)
    }
}
