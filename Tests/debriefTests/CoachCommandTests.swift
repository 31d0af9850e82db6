import DebriefCore
import Foundation
import Testing

/// `debrief queue`, `brief`, `stats --rep` and the calendar invite, on a demo team with a pinned day.
@Suite struct CoachCommandTests {
    static let today = ["DEBRIEF_TODAY": "2026-11-28"]

    private func demo() throws -> ScratchDirectory {
        let dir = ScratchDirectory()
        let result = try DebriefProcess.run(["demo", "--dir", dir.path, "--as-of", "2026-11-28", "--deals", "60", "--reviews", "30"])
        #expect(result.status == 0, "\(result.stderr)")
        return dir
    }

    private func run(_ arguments: [String], _ dir: ScratchDirectory) throws -> DebriefProcess.Result {
        try DebriefProcess.run(arguments + ["--data-dir", dir.path], environment: Self.today)
    }

    @Test func queueJSONHasTheKeysAndOnlyUnreviewedDeals() throws {
        let dir = try demo()
        let result = try run(["queue", "--json", "--limit", "6"], dir)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 6)
        for row in rows {
            for key in ["dealId", "account", "outcome", "score", "reasons"] { #expect(row[key] != nil, "\(key) in \(row)") }
        }
        #expect(rows.filter { $0["outcome"] as? String == "won" }.count >= 3, "wins are never crowded out")
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(try run(["reviews", "--json"], dir).stdout.utf8)) as? [[String: Any]])
        let reviewed = Set(reviews.filter { $0["status"] as? String == "completed" }.compactMap { $0["dealId"] as? String })
        let all = try #require(try JSONSerialization.jsonObject(with: Data(try run(["queue", "--json"], dir).stdout.utf8)) as? [[String: Any]])
        #expect(all.count == 60 - reviewed.count)
        #expect(all.allSatisfy { !reviewed.contains($0["dealId"] as? String ?? "") })
        let text = try run(["queue", "--limit", "3"], dir)
        #expect(text.stdout.hasPrefix("What to review next: top 3 of \(all.count) closed deals without a completed review\n"))
        #expect(try run(["queue", "--limit", "0"], dir).status != 0)
    }

    @Test func briefNamesWhatWasWrongAndWhatToDo() throws {
        let dir = try demo()
        let unknown = try run(["brief", "no-such-deal"], dir)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "debrief: no deal with id 'no-such-deal'; list deal ids with `debrief queue` or `debrief deals`\n")
        let markdown = try run(["brief", "demo-deal-0001"], dir)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        for heading in ["# Brief: ", "## The deal", "open action items", "last reviews taught", "## Similar deals we won",
                        "## Similar deals we lost", "## Playbook entries that apply"] {
            #expect(markdown.stdout.contains(heading), "\(heading)")
        }
        let json = try run(["brief", "demo-deal-0001", "--format", "json"], dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["facts", "openItems", "lessons", "similarWon", "similarLost", "playbook", "asOf"]))
        #expect(try run(["brief", "demo-deal-0001", "--format", "pdf"], dir).stderr.contains("--format takes markdown or json"))
    }

    @Test func statsForOneRepAddsProgressAndRefusesAnAmbiguousName() throws {
        let dir = try demo()
        let ambiguous = try run(["stats", "--rep", "w", "--json"], dir)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr == "debrief: --rep 'w' could be Dana Whitfield, Kenji Watanabe; give more of the name\n")
        let unknown = try run(["stats", "--rep", "zed"], dir)
        #expect(unknown.stderr.hasPrefix("debrief: no rep matches 'zed'; the reps are Dana Whitfield, "))
        let json = try run(["stats", "--rep", "lena", "--json"], dir)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let progress = try #require(object["progress"] as? [String: Any])
        #expect(progress["rep"] as? String == "Lena Vogt")
        let quarters = try #require(progress["quarters"] as? [[String: Any]])
        #expect(quarters.last?["quarter"] as? String == "2026-Q4")
        #expect((object["scope"] as? [String: Any])?["rep"] as? String == "Lena Vogt")
        let text = try run(["stats", "--rep", "lena"], dir)
        #expect(text.stdout.contains("PROGRESS OF LENA VOGT BY QUARTER\nQUARTER  WIN RATE"))
    }

    @Test func inviteIsAnICSFileWrittenPrivately() throws {
        let dir = try demo()
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(try run(["reviews", "--json"], dir).stdout.utf8)) as? [[String: Any]])
        let scheduled = try #require(reviews.first { $0["scheduledFor"] != nil }?["id"] as? String)
        let out = dir.file("invite.ics")
        let written = try run(["export", "review", scheduled, "--format", "ics", "--at", "09:30", "--out", out.path], dir)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: out.path))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.contains("DESCRIPTION:Brief: "))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let again = try run(["export", "review", scheduled, "--format", "ics", "--out", out.path], dir)
        #expect(again.status == 1 && again.stderr.contains("already exists; pass --force"))
        if let undated = reviews.first(where: { $0["scheduledFor"] == nil })?["id"] as? String {
            let refused = try run(["export", "review", undated, "--format", "ics"], dir)
            #expect(refused.stderr.contains("has no date yet; pass --on YYYY-MM-DD"))
        }
    }

    /// The coach's commands read through the record index (issue 18): a deal changed on disk after
    /// the index was written, and a review completed on disk, are seen by the next command.
    @Test func queueSeesWhatChangedOnDiskSinceTheIndexWasWritten() throws {
        let dir = try demo()
        // The index keeps only files whose times are a few seconds old (a file written in the same
        // tick as it is read could change unseen): let the demo's files settle so it keeps them.
        Thread.sleep(forTimeInterval: 3.5)
        let cache = ["XDG_CACHE_HOME": dir.file("cache").path].merging(Self.today) { $1 }
        func queue() throws -> [[String: Any]] {
            let result = try DebriefProcess.run(["queue", "--json", "--data-dir", dir.path], environment: cache)
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        }
        let before = try queue()
        let index = try FileManager.default.contentsOfDirectory(atPath: dir.file("cache", "debrief", "index").path)
        #expect(index.count == 1, "the first command wrote the record index: \(index)")
        let first = try #require(before.first?["dealId"] as? String)
        let second = try #require(before.dropFirst().first?["dealId"] as? String)

        // A teammate's edit, as git would write it: the same record with another account name.
        let dealFile = dir.file("deals", first + ".json")
        var deal = try #require(try JSONSerialization.jsonObject(with: try Data(contentsOf: dealFile)) as? [String: Any])
        deal["account"] = "Renamed On Disk"
        try JSONSerialization.data(withJSONObject: deal, options: [.prettyPrinted, .sortedKeys]).write(to: dealFile)
        // A review of the second deal, completed on disk: the deal leaves the queue.
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(try run(["reviews", "--json"], dir).stdout.utf8)) as? [[String: Any]])
        let template = try #require(reviews.first { $0["status"] as? String == "completed" }?["id"] as? String)
        var review = try #require(try JSONSerialization.jsonObject(with: try Data(contentsOf: dir.file("reviews", template + ".json"))) as? [String: Any])
        review["id"] = "review-done-on-disk"
        review["dealId"] = second
        try JSONSerialization.data(withJSONObject: review, options: [.prettyPrinted, .sortedKeys]).write(to: dir.file("reviews", "review-done-on-disk.json"))

        let after = try queue()
        #expect(after.first { $0["dealId"] as? String == first }?["account"] as? String == "Renamed On Disk")
        #expect(!after.contains { $0["dealId"] as? String == second })
        #expect(after.count == before.count - 1)
        let brief = try DebriefProcess.run(["brief", first, "--format", "json", "--data-dir", dir.path], environment: cache)
        #expect(brief.stdout.contains("Renamed On Disk"), "\(brief.stderr)")
    }
}
