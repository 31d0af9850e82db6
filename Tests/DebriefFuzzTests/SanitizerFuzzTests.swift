import DebriefCore
import PropertyBased
import Testing

/// Whatever bytes a file holds, what reaches the screen carries no control characters.
@Suite struct SanitizerFuzzTests {
    @Test func sanitizedTextHasNoControlCharacters() async {
        await propertyCheck(count: 500, input: Gen.latin1.string(of: 0...64)) { text in
            let shown = DisplaySanitizer.singleLine.sanitize(text)
            #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
