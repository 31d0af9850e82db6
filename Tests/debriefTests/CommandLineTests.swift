import DebriefCore
import Foundation
import Testing

@Suite struct CommandLineTests {
    private func demo(_ dir: ScratchDirectory, _ extra: [String] = []) throws {
        let result = try DebriefProcess.run(["demo", "--dir", dir.path, "--as-of", "2026-11-28"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func demoThenCheckPasses() throws {
        let dir = ScratchDirectory()
        try demo(dir)
        let check = try DebriefProcess.run(["check", "--data-dir", dir.path])
        #expect(check.status == 0)
        #expect(check.stdout == "OK: 96 deals, 14 reviews, 0 team question sets checked in \(dir.path).\n")
    }

    @Test func corruptingOneFileMakesCheckFailAndNameIt() throws {
        let dir = ScratchDirectory()
        try demo(dir)
        let victim = dir.file("deals", "demo-deal-0042.json")
        let bytes = try #require(FileManager.default.contents(atPath: victim.path))
        try bytes.prefix(100).write(to: victim)
        chmod(victim.path, 0o600)
        let check = try DebriefProcess.run(["check", "--data-dir", dir.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(victim.path): is not valid JSON (at line "))
        #expect(check.stdout.hasSuffix("1 problem(s): 95 deals, 14 reviews, 0 team question sets checked in \(dir.path).\n"))
        #expect(FileManager.default.contents(atPath: victim.path) == bytes.prefix(100), "check changes nothing")
        // The listing still works and says what it skipped.
        let deals = try DebriefProcess.run(["deals", "--data-dir", dir.path, "--json"])
        #expect(deals.status == 0)
        #expect(deals.stderr.contains("demo-deal-0042.json"))
        let listed = try RecordCoding.decoder().decode([Deal].self, from: Data(deals.stdout.utf8))
        #expect(listed.count == 95)
    }

    @Test func aMistypedDataDirectoryIsAnErrorNotAnEmptyTeam() throws {
        let dir = ScratchDirectory()
        let missing = dir.file("no-such-team").path
        for arguments in [["deals"], ["reviews"], ["stats"], ["conflicts"], ["show", "demo-deal-0001"], ["export", "deals"]] {
            let result = try DebriefProcess.run(arguments + ["--data-dir", missing])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix("debrief: there is no data directory at \(missing). Check the path"), "\(arguments): \(result.stderr)")
        }
        let viaEnvironment = try DebriefProcess.run(["deals"], environment: ["DEBRIEF_DATA_DIR": missing])
        #expect(viaEnvironment.status == 1 && viaEnvironment.stderr.contains("no data directory at \(missing)"))
        #expect(!FileManager.default.fileExists(atPath: missing), "reading creates nothing")
        // A file where the folder should be is named as such.
        try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: missing))
        let file = try DebriefProcess.run(["deals", "--data-dir", missing])
        #expect(file.status == 1 && file.stderr.contains("\(missing) is a file, not a data directory"), "\(file.stderr)")
        // The default folder before first use is an empty team with a way to start, not an error.
        let fresh = try DebriefProcess.run(["deals"], environment: ["DEBRIEF_DATA_DIR": "", "XDG_DATA_HOME": dir.file("xdg").path])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(fresh.stdout.hasPrefix("No deals in \(dir.file("xdg").path)/debrief. Import a CRM export"), "\(fresh.stdout)")
    }

    @Test func reviewsListTheDayEachWasHeldAsTheArchiveDoes() throws {
        let dir = ScratchDirectory()
        try demo(dir)
        let json = try DebriefProcess.run(["reviews", "--data-dir", dir.path, "--json"])
        let reviews = try RecordCoding.decoder().decode([Review].self, from: Data(json.stdout.utf8))
        #expect(reviews.map(\.heldAt) == reviews.map(\.heldAt).sorted(by: >))
        #expect(reviews.contains { Day($0.heldAt) != Day($0.createdAt) }, "the demo has reviews held after they were scheduled")
        let table = try DebriefProcess.run(["reviews", "--data-dir", dir.path])
        let rows = table.stdout.split(separator: "\n").dropFirst()
        #expect(table.stdout.hasPrefix("DATE "))
        #expect(table.stdout.split(separator: "\n").first?.contains(" SPENT ") == true)
        #expect(rows.count == reviews.count)
        for (row, review) in zip(rows, reviews) {
            #expect(row.hasPrefix(Day(review.heldAt).description) && row.hasSuffix(review.id), "\(row)")
            // The time spent in the session (the demo's completed reviews were one sitting each), never wall time.
            #expect(row.contains(" \(SessionClock.spent(review)) "), "\(row)")
        }
        #expect(reviews.contains { $0.status == .completed && $0.spentSeconds != nil })
    }

    @Test func prepTakesAUniquePrefixAndListsAnAmbiguousOne() throws {
        let dir = ScratchDirectory()
        try demo(dir)
        let ambiguous = try DebriefProcess.run(["prep", "--rep", "w", "--data-dir", dir.path])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("'w' could be 2 reps: Dana Whitfield, Kenji Watanabe"), "\(ambiguous.stderr)")
        // A unique prefix names the rep: the command goes on to need a terminal, which a test has not.
        let unique = try DebriefProcess.run(["prep", "--rep", "kenji", "--data-dir", dir.path])
        #expect(unique.status != 0 && !unique.stderr.contains("no deals owned") && !unique.stderr.contains("could be"), "\(unique.stderr)")
        let unknown = try DebriefProcess.run(["prep", "--rep", "zed", "--data-dir", dir.path])
        #expect(unknown.stderr.contains("no deals owned by 'zed'") && unknown.stderr.contains("Kenji Watanabe"), "\(unknown.stderr)")
    }

    @Test func dealsFiltersMatchTheFiles() throws {
        let dir = ScratchDirectory()
        try demo(dir)
        let all = RecordStore(root: dir.url).loadAll(Deal.self).records
        let result = try DebriefProcess.run(["deals", "--data-dir", dir.path, "--outcome", "no-decision", "--since", "2026-06-01", "--json"])
        let listed = try RecordCoding.decoder().decode([Deal].self, from: Data(result.stdout.utf8))
        let expected = all.filter { $0.outcome == .noDecision && $0.closeDate >= Day(iso: "2026-06-01")! }
        #expect(!expected.isEmpty)
        #expect(Set(listed.map(\.id)) == Set(expected.map(\.id)))
        #expect(listed.map(\.closeDate) == listed.map(\.closeDate).sorted(by: >))
        let rep = try DebriefProcess.run(["deals", "--data-dir", dir.path, "--rep", "tomás herrera"])
        let lines = rep.stdout.split(separator: "\n").dropFirst()
        #expect(lines.count == all.filter { $0.owner == "Tomás Herrera" }.count)
        #expect(lines.allSatisfy { $0.contains("Tomás Herrera") })
    }

    @Test func reviewsAndShow() throws {
        let dir = ScratchDirectory()
        try demo(dir)
        let reviews = try DebriefProcess.run(["reviews", "--data-dir", dir.path, "--status", "completed", "--json"])
        let listed = try RecordCoding.decoder().decode([Review].self, from: Data(reviews.stdout.utf8))
        #expect(!listed.isEmpty && listed.allSatisfy { $0.status == .completed })
        let review = try #require(listed.first)
        let shown = try DebriefProcess.run(["show", review.id, "--data-dir", dir.path])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Status completed · manager Alex Morgan · rep \(review.rep) · id \(review.id)"))
        #expect(shown.stdout.contains("## Action items"))
        let deal = try DebriefProcess.run(["show", review.dealId, "--data-dir", dir.path])
        #expect(deal.stdout.contains("Review        \(review.id) · "))
    }

    @Test func badInputGetsAClearErrorAndANonZeroExit() throws {
        let dir = ScratchDirectory()
        try demo(dir)
        let cases: [([String], String)] = [
            (["deals", "--outcome", "maybe"], "--outcome takes won, lost or no-decision; got 'maybe'"),
            (["deals", "--since", "yesterday"], "--since takes a date as YYYY-MM-DD"),
            (["reviews", "--status", "done"], "--status takes scheduled, prep-ready, in-progress or completed"),
            (["show", "nope"], "no deal or review with id 'nope'"),
            (["show", "../../etc/passwd"], "'../../etc/passwd' is not a valid id"),
            (["demo", "--dir", dir.path], "is not empty"),
            (["demo", "--dir", dir.path + "-fresh", "--deals", "2", "--reviews", "3"], "--reviews (3) cannot exceed --deals (2)"),
        ]
        for (arguments, message) in cases {
            let result = try DebriefProcess.run(arguments + (arguments.contains("--dir") ? [] : ["--data-dir", dir.path]))
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "-fresh"), "a refused demo wrote its folder")
    }

    @Test func anEmptyDataDirectorySaysWhatToDo() throws {
        let dir = ScratchDirectory()
        try FileManager.default.createDirectory(at: dir.url, withIntermediateDirectories: true)
        let deals = try DebriefProcess.run(["deals", "--data-dir", dir.path])
        #expect(deals.status == 0)
        #expect(deals.stdout.contains("debrief import FILE"))
        // check explains a missing folder in its own report
        let check = try DebriefProcess.run(["check", "--data-dir", dir.file("missing").path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("there is no data directory here"))
    }

    @Test func everyCommandHasHelp() throws {
        for command in ["demo", "deals", "reviews", "show", "check"] {
            let result = try DebriefProcess.run([command, "--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("USAGE: debrief \(command)"), "\(command)")
        }
    }
}
