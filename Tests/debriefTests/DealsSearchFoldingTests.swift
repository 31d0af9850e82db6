import DebriefCore
import Foundation
import Testing

/// `debrief deals --search` folds letters the way the board does: "soren" finds Søren's deal,
/// "lodz" the Łódź account, "aeroe" the Ærø one.
@Suite struct DealsSearchFoldingTests {
    @Test func searchFindsNamesTypedWithPlainLetters() throws {
        let dir = ScratchDirectory()
        let store = RecordStore(root: dir.url)
        let closed = Day(iso: "2026-11-20")!
        try store.save(Deal(id: "lodz", account: "Łódź Logistics", name: "Fleet renewal", amount: nil, outcome: .won, closeDate: closed, owner: "Søren Dahl"))
        try store.save(Deal(id: "aero", account: "Ærø Ferries", name: "Ticketing", amount: nil, outcome: .lost, closeDate: closed, owner: "Kenji Sato"))
        try store.save(Deal(id: "bau", account: "Straße Bau GmbH", name: "Site tablets", amount: nil, outcome: .won, closeDate: closed, owner: "Kenji Sato"))
        func found(_ search: String) throws -> [String] {
            let result = try DebriefProcess.run(["deals", "--data-dir", dir.path, "--period", "all", "--json", "--search", search],
                                                environment: ["DEBRIEF_TODAY": "2026-11-28"])
            #expect(result.status == 0, "\(result.stderr)")
            return try RecordCoding.decoder().decode([Deal].self, from: Data(result.stdout.utf8)).map(\.id).sorted()
        }
        #expect(try found("soren") == ["lodz"])
        #expect(try found("lodz") == ["lodz"])
        #expect(try found("aeroe") == ["aero"])
        #expect(try found("strasse") == ["bau"])
        #expect(try found("kenji") == ["aero", "bau"])
    }
}
