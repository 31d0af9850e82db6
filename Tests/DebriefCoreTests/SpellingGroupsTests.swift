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

    /// The coach's desk groups reps, competitors, segments and currencies the same way: spaces
    /// around a name make no new group, the label keeps the spelling as written, a blank name
    /// joins no group (where asked), and a name can be looked up without adding it.
    @Test func namesIgnoreSurroundingSpacesInTheKeyButNotInTheLabel() {
        var names = SpellingGroups.names()
        #expect(names.group(of: "Lena Vogt") == 0)
        #expect(names.group(of: " lena vogt ") == 0)
        #expect(names.key(of: "LENA VOGT") == "lena vogt")
        #expect(names.labels == [" lena vogt "], "the spelling that sorts first, as written")
        #expect(names.keys == ["lena vogt"])

        #expect(names.namedGroup(of: "   ") == nil)
        #expect(names.namedGroup(of: "") == nil)
        #expect(names.count == 1, "a blank name joins no group")
        #expect(names.namedGroup(of: "Søren Ærø") == 1)
        #expect(names.existing("soren aero") == 1 && names.existing("Søren Ærø") == 1)
        #expect(names.existing("Priya") == nil)
        #expect(names.count == 2, "looking up adds nothing")
        #expect(names.group(of: "") == 2, "group(of:) takes a blank name as a name")
    }

    @Test func chartGroupsKeepSpacesInTheKeyUnlessTheyAreNormalizedAway() {
        var groups = SpellingGroups()
        #expect(groups.group(of: "Lumio") == 0)
        #expect(groups.group(of: "Lumio ") == 1)
    }
}
