import DebriefCore
import Testing

/// `--rep` takes a unique prefix of the name or of a word in it; an ambiguous one lists the matches (#17 item 10).
@Suite("Rep name on the command line")
struct RepNameMatchTests {
    let reps = ["Kenji Watanabe", "Dana Whitfield", "Priya Raman", "Lena Vogt", "Léa Dubois", "Lena Voss"]

    @Test func prefixesCaseAndAccents() {
        #expect(RepNameMatch("kenji", among: reps) == .one("Kenji Watanabe"))
        #expect(RepNameMatch("KEN", among: reps) == .one("Kenji Watanabe"))
        #expect(RepNameMatch("raman", among: reps) == .one("Priya Raman"))
        #expect(RepNameMatch("lea", among: reps) == .one("Léa Dubois"))
        #expect(RepNameMatch("lena vogt", among: reps) == .one("Lena Vogt"))
        #expect(RepNameMatch("w", among: reps) == .several(["Dana Whitfield", "Kenji Watanabe"]))
        #expect(RepNameMatch("lena", among: reps) == .several(["Lena Vogt", "Lena Voss"]))
        #expect(RepNameMatch("zed", among: reps) == .none)
        #expect(RepNameMatch("  ", among: reps) == .none)
        // A whole name wins over being the prefix of another.
        #expect(RepNameMatch("ann", among: ["Ann", "Anna Berg"]) == .one("Ann"))
    }
}
