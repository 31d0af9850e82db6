@testable import DebriefCore
import Foundation
import Testing

@Suite struct BrokenFileTests {
    /// A data directory with two good deals and three broken files.
    private func brokenDirectory() throws -> (TemporaryDirectory, RecordStore, [String: Data]) {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        try store.save(StoreFixtures.deal("good-1"))
        try store.save(StoreFixtures.deal("good-2"))
        let good = try #require(StoreFixtures.fileBytes(try store.fileURL(for: Deal.self, id: "good-1")))
        let broken: [String: Data] = [
            "truncated": good.prefix(good.count / 2),
            "garbage": Data([0x00, 0xFF, 0x1B, 0x5B, 0x32, 0x4A, 0x89, 0x50, 0x4E, 0x47]),
            "newer": Data(String(decoding: good, as: UTF8.self)
                .replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 99")
                .replacingOccurrences(of: "good-1", with: "newer").utf8),
        ]
        for (id, bytes) in broken {
            try bytes.write(to: dir.path("deals", "\(id).json"))
            chmod(dir.path("deals", "\(id).json").path, 0o600)
        }
        return (dir, store, broken)
    }

    @Test func brokenFilesAreReportedAndTheRestStillLoads() throws {
        let (dir, store, broken) = try brokenDirectory()
        let result = store.loadAll(Deal.self)
        #expect(result.records.map(\.id).sorted() == ["good-1", "good-2"])
        let problems = Dictionary(uniqueKeysWithValues: result.problems.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) })
        #expect(problems.count == 3)
        #expect(problems["truncated.json"]?.hasPrefix("is not valid JSON (at line ") == true, "\(problems["truncated.json"] ?? "")")
        #expect(problems["truncated.json"]?.hasSuffix("the file ends in the middle of the JSON (truncated?))") == true)
        #expect(problems["garbage.json"] == "is not valid JSON (at line 1, column 1: expected a value (object, list, text, number, true, false or null))")
        #expect(problems["newer.json"] == "was written by a newer Debrief (schemaVersion 99; this build reads up to 1). Upgrade Debrief to open it")
        for (id, bytes) in broken {
            #expect(StoreFixtures.fileBytes(dir.path("deals", "\(id).json")) == bytes, "\(id) must stay untouched")
        }
    }

    @Test func anUnknownEnumValueIsNamedInQuotesWithoutTheSwiftType() throws {
        let deal = StoreFixtures.deal("enum-1")
        var json = String(decoding: try RecordCoding.encode(deal), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"outcome\" : \"\(deal.outcome.rawValue)\"", with: "\"outcome\" : \"price:\"")
        #expect(json.contains("price:"))
        guard case .failure(let problem) = RecordDecoding.decode(Deal.self, from: Data(json.utf8), path: "d.json") else {
            Issue.record("decoded a deal with an unknown outcome"); return
        }
        #expect(problem.reason == "field 'outcome': “price:” is not a value Debrief knows for this field", "\(problem.reason)")
    }

    /// Foundation's decoder reads these as a slightly different deal; each is damage and must be refused
    /// with its place, so the file is reported and left alone (found by the long fuzz rounds).
    @Test func damageFoundationToleratesIsRefusedWithItsPlace() throws {
        let good = String(decoding: try RecordCoding.encode(StoreFixtures.deal("lenient-1")), as: UTF8.self)
        let account = "\"account\" : \""
        #expect(good.contains(account))
        let damaged: [(String, [UInt8], String)] = [
            ("a byte that is not UTF-8", Array(good.replacingOccurrences(of: account, with: account + "X").utf8).map { $0 == UInt8(ascii: "X") ? 0xFF : $0 },
             "byte 0xFF is not UTF-8 text (saved in another encoding, or damaged); save the file as UTF-8"),
            ("a raw control character", Array(good.replacingOccurrences(of: account, with: account + "\u{7}").utf8),
             "a control character inside text must be escaped"),
            ("an unknown escape", Array(good.replacingOccurrences(of: account, with: account + "\\q").utf8),
             "unknown escape: a backslash inside text must be written \\\\"),
            ("a trailing comma", Array(good.replacingOccurrences(of: "\n}", with: ",\n}").utf8), "expected a field name in double quotes"),
            ("a number with a leading zero", Array(good.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 01").utf8),
             "a number must be written like 12, -3.5 or 1e6 (no leading zeros, + sign or trailing dot)"),
        ]
        for (what, bytes, message) in damaged {
            guard case .failure(let problem) = RecordDecoding.decode(Deal.self, from: Data(bytes), path: "d.json") else {
                Issue.record("a deal with \(what) decoded"); continue
            }
            #expect(problem.reason.hasPrefix("is not valid JSON (at line "), "\(what): \(problem.reason)")
            #expect(problem.reason.hasSuffix(": \(message))"), "\(what): \(problem.reason)")
        }
    }

    @Test func plainTextIsNotReportedAsAMisspeltLiteral() {
        func reason(_ text: String) -> String? { JSONSyntaxCheck.firstError(in: Data(text.utf8)).map { "\($0.line):\($0.column) \($0.message)" } }
        #expect(reason("not json") == "1:1 expected a value (object, list, text, number, true, false or null)")
        #expect(reason("{\"a\": fine}") == "1:7 expected a value (object, list, text, number, true, false or null)")
        #expect(reason("{\"a\": tru}") == "1:10 expected true")
        #expect(reason("{\"a\": nul") == "1:10 the file ends in the middle of the JSON (truncated?)")
    }

    @Test func aBrokenFileIsNeverOverwrittenByASave() throws {
        let (dir, store, broken) = try brokenDirectory()
        let replacement = StoreFixtures.deal("truncated")
        #expect(throws: StoreError.self) { try store.save(replacement) }
        #expect(StoreFixtures.fileBytes(dir.path("deals", "truncated.json")) == broken["truncated"])
        #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty)
    }

    @Test func aShapeErrorNamesTheField() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        try store.save(StoreFixtures.deal("shape"))
        let url = try store.fileURL(for: Deal.self, id: "shape")
        let text = String(decoding: try #require(StoreFixtures.fileBytes(url)), as: UTF8.self)
            .replacingOccurrences(of: "\"18250.5\"", with: "\"lots\"")
        try Data(text.utf8).write(to: url)
        let problem = try #require(store.loadAll(Deal.self).problems.first)
        #expect(problem.reason.contains("field 'amount.amount'"), "\(problem.reason)")
    }

    @Test func aFileWhoseIDDoesNotMatchItsNameIsReported() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        try store.save(StoreFixtures.deal("original"))
        try FileManager.default.copyItem(at: dir.path("deals", "original.json"), to: dir.path("deals", "copy.json"))
        let result = store.loadAll(Deal.self)
        #expect(result.records.map(\.id) == ["original"])
        #expect(result.problems.first?.reason == "holds id 'original', which does not match its file name")
    }

    @Test func aBrokenTeamQuestionSetLeavesTheBuiltInsWorking() throws {
        let dir = TemporaryDirectory()
        try FileManager.default.createDirectory(at: dir.path("questions"), withIntermediateDirectories: true)
        try Data("{ \"schemaVersion\": 1, \"id\": ".utf8).write(to: dir.path("questions", "broken.json"))
        let bank = QuestionBank.load(from: RecordStore(root: dir.url))
        #expect(bank.problems.count == 1)
        #expect(bank.sets.map(\.id) == BuiltInQuestions.sets.map(\.id))
        #expect(bank.set(for: .won).id == BuiltInQuestions.winSetID)
    }

    @Test func checkReportsEveryProblemWithItsPath() throws {
        let (dir, store, _) = try brokenDirectory()
        try Data().write(to: dir.path("deals", "good-3.json.lock"))
        chmod(dir.path("deals", "good-2.json").path, 0o644)
        let report = DataCheck.run(on: store)
        let named = report.problems.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted()
        #expect(named == ["garbage.json", "good-2.json", "good-3.json.lock", "newer.json", "truncated.json"])
        #expect(report.dealCount == 2)
    }
}
