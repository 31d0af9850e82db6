import DebriefCore
import Testing

/// Long notes are compared byte for byte on every key; a byte of difference anywhere must count.
@Suite("Text: same bytes")
struct SameBytesTests {
    @Test func comparesBytesNotUnicodeEquivalence() {
        let note = String(repeating: "café 決め手 ", count: 10_000)
        #expect(note.hasSameBytes(as: String(repeating: "café 決め手 ", count: 10_000)))
        #expect(!note.hasSameBytes(as: note + "x"))
        #expect(!note.hasSameBytes(as: "x" + note.dropFirst()))
        // The same text to a reader, other bytes (é precomposed vs e + combining accent): not the same bytes.
        #expect("café" == "cafe\u{301}")
        #expect(!"café".hasSameBytes(as: "cafe\u{301}"))
        #expect("".hasSameBytes(as: ""))
        #expect(!"".hasSameBytes(as: " "))
        // A substring's copy and a string built another way.
        #expect(String("xabc".dropFirst()).hasSameBytes(as: "abc"))
    }
}
