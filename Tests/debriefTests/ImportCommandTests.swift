import DebriefCore
import Foundation
import Testing

/// `debrief import` as a user runs it: the first line says what happened, a reason shared by many rows
/// is one line with its count, and the exit status tells a script whether every closed row came in.
@Suite struct ImportCommandTests {
    private func write(_ text: String, in dir: ScratchDirectory, as name: String = "export.csv") throws -> String {
        try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
        let file = dir.file(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    @Test func manyRowsWithOneProblemAreOneLineAndExitOne() throws {
        let dir = ScratchDirectory()
        var text = "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date\n"
        text += "A0,Good,Acme,Closed Won,10,2026-01-05\n"
        for index in 1...1_143 { text += "A\(index),Deal \(index),Acme,Closed Won,,not a date\n" }
        for index in 1...3 { text += "B\(index),Deal B\(index),Acme,Closed Lost,,2026-01-06\n" }
        let file = try write(text, in: dir)
        let result = try DebriefProcess.run(["import", file, "--data-dir", dir.file("data").path])
        #expect(result.status == 1, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Imported 4 closed deals from \(file) (4 new); 1,143 closed rows not imported (see below)")
        #expect(result.stdout.contains("3 rows: no amount — kept with unknown amount"))
        #expect(lines.filter { $0.contains("not a date") }.count == 1)
        #expect(result.stdout.contains("1,143 rows: column \"Close Date\": not a date"))
        #expect(result.stdout.contains("(lines 3, 4, 5, 6, 7, …)"))
    }

    @Test func nothingImportedIsExitTwoAndSaysWhy() throws {
        let dir = ScratchDirectory()
        let open = try write("Deal Name,Stage,Close Date\nA,Negotiation,2026-01-05\n", in: dir)
        let result = try DebriefProcess.run(["import", open, "--data-dir", dir.file("data").path])
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("Nothing imported from \(open): its one row is an open deal"), "\(result.stdout)")
        let refused = try write("Deal Name,Amount\nA,5\n", in: dir, as: "refused.csv")
        let refusal = try DebriefProcess.run(["import", refused, "--data-dir", dir.file("data").path])
        #expect(refusal.status == 2)
        #expect(refusal.stderr.contains("[columns] close_date = \"Your Close Date Column\""))
        #expect(!refusal.stderr.contains("amount"), "only what is missing is named: \(refusal.stderr)")
    }

    @Test func aClosedStageWithNoOutcomeNamesTheLineToAdd() throws {
        let dir = ScratchDirectory()
        let file = try write("Deal ID,Deal Name,Stage,Close Date\n1,A,Closed,2026-01-05\n2,B,Closed,2026-01-05\n3,C,Won,2026-01-05\n", in: dir)
        let result = try DebriefProcess.run(["import", file, "--data-dir", dir.file("data").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("2 rows in stage \"Closed\": add  [stages] \"Closed\" = \"won\""))
        let mapping = try write("[stages]\n\"Closed\" = \"lost\"\n", in: dir, as: "mapping.toml")
        let again = try DebriefProcess.run(["import", file, "--mapping", mapping, "--data-dir", dir.file("data").path])
        #expect(again.status == 0, "\(again.stdout)")
        #expect(again.stdout.hasPrefix("Imported 3 closed deals from \(file) (2 new, 1 unchanged)"))
        let lostView = try write("Opportunity Name,Account Name,Close Date\nX,Y,2026-02-01\n", in: dir, as: "lost.csv")
        let one = try DebriefProcess.run(["import", lostView, "--outcome", "lost", "--data-dir", dir.file("data").path])
        #expect(one.status == 0, "\(one.stdout)\(one.stderr)")
        #expect(one.stdout.contains("taken as lost"))
    }
}
