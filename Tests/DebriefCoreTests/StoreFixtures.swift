import DebriefCore
import Foundation

enum StoreFixtures {
    static func deal(_ id: String = "deal-1", account: String = "Café Zürich AG", revision: Int = 0) -> Deal {
        Deal(id: id, crmId: "0065g00000AbCdGAA1", source: "salesforce", account: account, name: "POS Integration",
             amount: Money(Decimal(string: "18250.50")!, "EUR"), outcome: .won,
             closeDate: Day(iso: "2026-09-29")!, createdDate: Day(iso: "2026-07-11")!, owner: "Priya Raman",
             competitors: ["Lumio", "東京データ"], reasons: [DealReason(.relationship, "Reference call 👍🏽")],
             notes: "Line one\nLine two", revision: revision)
    }

    static func fileBytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

    static func mode(_ url: URL) -> Int {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o777)
    }

    static func leftovers(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { !$0.hasSuffix(".json") }
    }
}
