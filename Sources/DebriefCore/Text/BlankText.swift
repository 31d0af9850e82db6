import Foundation

extension StringProtocol {
    /// Whether the text is only whitespace and line breaks (or empty). It looks only as far as the
    /// first other character, where `trimmingCharacters(in:).isEmpty` copied the whole text: a
    /// 1 MB note is asked this for every frame (the question list's progress marks).
    public var isBlank: Bool {
        !unicodeScalars.contains { !CharacterSet.whitespacesAndNewlines.contains($0) }
    }
}
