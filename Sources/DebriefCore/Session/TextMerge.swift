import Foundation

/// A three-way merge of one text: each side's change is found as a single replaced span of the
/// base (common prefix and suffix trimmed), and changes to different parts of the text are both
/// applied. Changes to the same part overlap: mine stays in place and theirs follows
/// under a marker line, so nothing typed is ever dropped.
public enum TextMerge {
    /// What to do when both sides inserted text at the same spot (both typed at the end of a note).
    public enum SameSpotInsertions: Sendable, Hashable {
        /// An overlap: both versions kept, theirs under the marker.
        case keepBoth
        /// Mine first, then theirs, no marker: for replaying my newer typing on top of a merge I
        /// already saw.
        case mineFirst
    }

    public struct Result: Sendable, Hashable {
        public var text: String
        public var keptBoth: Bool

        public init(text: String, keptBoth: Bool) {
            self.text = text
            self.keptBoth = keptBoth
        }
    }

    /// `--- other version (saved by another session at 2026-11-28T10:00:00Z) ---`
    public static func markerLine(savedAt: Date?) -> String {
        let when = savedAt.map { " at \(Timestamp.format($0))" } ?? ""
        return "--- other version (saved by another session\(when)) ---"
    }

    /// Mine, a blank line, the marker, and theirs.
    public static func keepingBoth(mine: String, theirs: String, savedAt: Date?) -> String {
        let head = mine.isEmpty ? "" : mine + (mine.hasSuffix("\n") ? "\n" : "\n\n")
        return head + markerLine(savedAt: savedAt) + "\n" + theirs
    }

    public static func merge(base: String, mine: String, theirs: String, theirsSavedAt: Date?,
                             sameSpot: SameSpotInsertions = .keepBoth) -> Result {
        if mine == theirs || theirs == base { return Result(text: mine, keptBoth: false) }
        if mine == base { return Result(text: theirs, keptBoth: false) }
        let b = Array(base), m = Array(mine), t = Array(theirs)
        let mc = change(from: b, to: m), tc = change(from: b, to: t)
        let bothInsertHere = mc.range.isEmpty && tc.range.isEmpty && mc.range.lowerBound == tc.range.lowerBound
        if bothInsertHere {
            // One side typed on from where the other stopped: the longer one holds both.
            if mc.replacement.starts(with: tc.replacement) { return Result(text: mine, keptBoth: false) }
            if tc.replacement.starts(with: mc.replacement) { return Result(text: theirs, keptBoth: false) }
            if sameSpot == .mineFirst {
                let text = b[..<mc.range.lowerBound] + mc.replacement + tc.replacement + b[mc.range.lowerBound...]
                return Result(text: String(text), keptBoth: false)
            }
        } else if mc.range.upperBound <= tc.range.lowerBound || tc.range.upperBound <= mc.range.lowerBound {
            // Apply the later change first so the earlier one's offsets still hold.
            let (first, second) = mc.range.lowerBound <= tc.range.lowerBound ? (mc, tc) : (tc, mc)
            var merged = b
            merged.replaceSubrange(second.range, with: second.replacement)
            merged.replaceSubrange(first.range, with: first.replacement)
            return Result(text: String(merged), keptBoth: false)
        }
        return Result(text: keepingBoth(mine: mine, theirs: theirs, savedAt: theirsSavedAt), keptBoth: true)
    }

    struct Change {
        var range: Range<Int>
        var replacement: ArraySlice<Character>
    }

    /// The one span of `base` that `other` replaced, after trimming what both share at each end.
    static func change(from base: [Character], to other: [Character]) -> Change {
        var prefix = 0
        while prefix < base.count, prefix < other.count, base[prefix] == other[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < base.count - prefix, suffix < other.count - prefix,
              base[base.count - 1 - suffix] == other[other.count - 1 - suffix] { suffix += 1 }
        return Change(range: prefix..<(base.count - suffix), replacement: other[prefix..<(other.count - suffix)])
    }
}
