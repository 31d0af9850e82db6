import DebriefCore
import Foundation
import Testing

@Suite("debrief stats and export playbook")
struct StatsCommandTests {
    static let today = ["DEBRIEF_TODAY": "2026-11-28"]

    func demo(_ dir: ScratchDirectory) throws -> Workspace {
        let result = try DebriefProcess.run(["demo", "--dir", dir.path, "--deals", "200", "--reviews", "60", "--as-of", "2026-11-28"])
        #expect(result.status == 0, "\(result.stderr)")
        return Workspace.load(from: RecordStore(root: dir.url))
    }

    @Test func jsonIsTheSameReportTheViewComputes() throws {
        let dir = ScratchDirectory()
        let workspace = try demo(dir)
        let result = try DebriefProcess.run(["stats", "--data-dir", dir.path, "--json", "--rep", "lena vogt", "--period", "365d"],
                                            environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let decoded = try RecordCoding.decoder().decode(PatternsReport.self, from: Data(result.stdout.utf8))
        let expected = PatternsReport(deals: workspace.deals, reviews: workspace.reviews,
                                      filter: DealFilter(period: .last365, rep: "Lena Vogt"), today: Day(iso: "2026-11-28")!)
        // --rep takes any spelling (or the start of the name) and counts under the name as the records spell it.
        #expect(decoded == expected)
        #expect(decoded.scope.deals == workspace.deals.filter { $0.owner == "Lena Vogt" && $0.closeDate >= Day(iso: "2025-11-29")! }.count)
        #expect(result.stdout.contains("\"minimumSample\" : 5"))
    }

    @Test func textHasEveryFigureWithItsBasis() throws {
        let dir = ScratchDirectory()
        _ = try demo(dir)
        let result = try DebriefProcess.run(["stats", "--data-dir", dir.path], environment: Self.today)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Patterns · all time")
        #expect(lines.dropFirst().first?.hasPrefix("200 closed deals, ") == true)
        for heading in ["WIN RATE BY MONTH", "WIN RATE BY REP", "WIN RATE BY SEGMENT", "WIN RATE BY COMPETITOR",
                        "GOOD VS BAD BUSINESS: WIN RATE WITH AND WITHOUT EACH SIGNAL",
                        "QUESTIONING SKILLS: QUESTIONS THAT SURFACED AN INSIGHT"] {
            #expect(lines.contains(heading), "missing \(heading)")
        }
        #expect(lines.contains { $0.hasPrefix("WHY WE WIN (") && $0.contains(" won deals gave a reason") })
        // Why buyers decided nothing names what happened, not "no decision" again.
        let stalled = try #require(lines.firstIndex { $0.hasPrefix("WHY BUYERS DECIDED NOTHING (") }, "\(result.stdout)")
        let rows = lines[(stalled + 1)...].prefix { !$0.isEmpty }
        #expect(rows.contains { $0.hasPrefix("status quo / went dark ") } && !rows.contains { $0.hasPrefix("no decision") }, "\(rows)")
        #expect(lines.contains { $0.hasPrefix("FACT VS FICTION") })
        #expect(lines.contains { $0.hasPrefix("MONTH    DEALS  WON  LOST  NO DECISION  RATE") })
    }

    @Test func emptyDirectoryAndBadPeriod() throws {
        let dir = ScratchDirectory()
        try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
        let empty = try DebriefProcess.run(["stats", "--data-dir", dir.path], environment: Self.today)
        #expect(empty.status == 0)
        #expect(empty.stdout.hasSuffix("No closed deals match. Import deals with `debrief import FILE`, or widen --period.\n"))
        let bad = try DebriefProcess.run(["stats", "--data-dir", dir.path, "--period", "fortnight"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--period takes 30d, 90d, 180d, 365d, quarter or all; got 'fortnight'"))
    }

    @Test func playbookMarkdownToAPrivateFile() throws {
        let dir = ScratchDirectory()
        let workspace = try demo(dir)
        let out = dir.file("playbook.md")
        let result = try DebriefProcess.run(["export", "playbook", "--data-dir", dir.path, "--format", "markdown", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written == PlaybookMarkdown.render(Playbook(reviews: workspace.reviews, deals: workspace.deals)))
        #expect(written.hasPrefix("# Team playbook\n\nWhat works on this team: 5 practices from "))
        var info = stat()
        #expect(stat(out.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let again = try DebriefProcess.run(["export", "playbook", "--data-dir", dir.path, "--out", out.path])
        #expect(again.status != 0, "an existing file is not replaced without --force")
        let csv = try DebriefProcess.run(["export", "playbook", "--data-dir", dir.path, "--format", "csv"])
        #expect(csv.stderr.contains("the playbook exports as markdown or json, not csv"))
    }

    @Test func playbookExportAppliesTheCuration() throws {
        let dir = ScratchDirectory()
        let workspace = try demo(dir)
        let book = Playbook(reviews: workspace.reviews, deals: workspace.deals)
        let first = try #require(book.entries.first)
        let renamed = try #require(PlaybookCuration.empty.renaming(first, to: "Our mutual plan"))
        try PlaybookCurationStore(root: dir.url).save(renamed)
        let result = try DebriefProcess.run(["export", "playbook", "--data-dir", dir.path])
        #expect(result.stdout.contains("\n## 1. Our mutual plan\n"))
    }
}
