import Foundation
@testable import DebriefCore
import Testing

@Suite struct SpellingGroupsTests {
    @Test func spellingsThatFoldAlikeShareAGroupLabelledByTheFirstInSortOrder() {
        var groups = SpellingGroups()
        #expect(groups.group(of: "lena vogt") == 0)
        #expect(groups.group(of: "Priya Raman") == 1)
        #expect(groups.group(of: "Lena Vogt") == 0)
        #expect(groups.group(of: "LENA VOGT") == 0)
        #expect(groups.count == 2)
        #expect(groups.labels == ["LENA VOGT", "Priya Raman"])
    }

    @Test func normalizingRunsBeforeFoldingAndGivesTheLabel() {
        var groups = SpellingGroups(normalize: { $0.trimmingCharacters(in: .whitespaces) })
        #expect(groups.group(of: "  Enterprise ") == 0)
        #expect(groups.group(of: "enterprise") == 0)
        #expect(groups.labels == ["Enterprise"])
    }
}
