import DebriefCore
import Foundation
import Testing

/// Two real `debrief` processes saving the same review at once, in random interleavings: every stale
/// save is refused as a conflict and nothing is silently overwritten. And the review's lock: a live
/// holder's is never taken, a killed holder's does not block the next save.
///
/// The default run does a short round; `DEBRIEF_LONG_TESTS=1 swift test --filter ConcurrencyTests`
/// runs thousands of saves.
@Suite(.serialized) struct ConcurrencyTests {
    static let long = ProcessInfo.processInfo.environment["DEBRIEF_LONG_TESTS"] == "1"

    final class DataDirectory {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-concurrency-\(UUID().uuidString)")
        let review: Review

        init() throws {
            let store = RecordStore(root: url)
            let deal = Deal(id: "acme-pos", account: "Acme", name: "POS", amount: Money(Decimal(1000), "EUR"),
                            outcome: .won, closeDate: Day(iso: "2026-11-02") ?? Day(serial: 0), owner: "Priya Raman")
            try store.save(deal)
            let started = try ReviewStarter.newReview(for: deal, existing: [], questions: QuestionBank(), manager: "Dana", now: Date())
            review = try store.save(started)
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// Starts `debrief` with its output going to a file, read when it has exited.
    final class Child {
        let process = Process()
        let output: URL

        init(_ arguments: [String]) throws {
            output = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-probe-\(UUID().uuidString).txt")
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
            process.executableURL = try DebriefProcess.binary
            process.arguments = arguments
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = process.standardOutput
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        deinit { try? FileManager.default.removeItem(at: output) }

        var lines: [String] {
            String(decoding: FileManager.default.contents(atPath: output.path) ?? Data(), as: UTF8.self)
                .split(separator: "\n").map(String.init)
        }

        func finish() -> [String] {
            process.waitUntilExit()
            return lines
        }
    }

    /// A probe process that has taken the review's lock and waits to be killed.
    private func holdingTheLock(_ data: DataDirectory) throws -> Child {
        let holder = try Child(["concurrency-probe", "--data-dir", data.url.path, "--review", data.review.id, "--hold-lock"])
        // Polling for the holder's "held" line: a readiness check, not a timing assertion.
        for _ in 0..<2_000 where !holder.lines.contains("held") { usleep(5_000) }
        #expect(holder.lines.contains("held"))
        return holder
    }

    @Test func twoProcessesSavingOneReviewNeverOverwriteEachOther() throws {
        let repeats = Self.long ? 10 : 1
        let rounds = Self.long ? 500 : 60
        // Random interleavings must include lost races, or the refusal path went untested: two processes
        // that never overlapped get more tries (at most five) before that counts as a failure.
        var conflictsSeen = 0
        var attempts = 0
        while attempts < repeats || (conflictsSeen == 0 && attempts < repeats + 4) {
            attempts += 1
            let data = try DataDirectory()
            let start = data.review.revision
            let children = try ["a", "b"].map { tag in
                try Child(["concurrency-probe", "--data-dir", data.url.path, "--review", data.review.id, "--rounds", "\(rounds)", "--tag", tag])
            }
            let lines = children.flatMap { $0.finish() }
            for child in children { #expect(child.process.terminationStatus == 0, "\(child.lines.suffix(3))") }

            var claimed: [Int: String] = [:]
            var conflicts = 0
            for line in lines {
                let parts = line.split(separator: " ").map(String.init)
                switch parts.first {
                case "saved":
                    let base = Int(parts[1]) ?? -1, revision = Int(parts[2]) ?? -1
                    // Each save moved the record on by exactly one from what it read...
                    #expect(revision == base + 1, "\(line)")
                    // ...and no two saves claim the same revision: that would be a silent overwrite.
                    #expect(claimed[revision] == nil, "revision \(revision) claimed by '\(claimed[revision] ?? "")' and '\(line)'")
                    claimed[revision] = parts[3...].joined(separator: " ")
                case "conflict":
                    // Refused because the file had moved on past what this process read.
                    #expect((Int(parts[2]) ?? -1) > (Int(parts[1]) ?? .max), "\(line)")
                    conflicts += 1
                default:
                    Issue.record("unexpected probe output: \(line)")
                }
            }
            #expect(claimed.count + conflicts == 2 * rounds)
            conflictsSeen += conflicts
            // What ends on disk is the last save either process reported, at the revision it reported.
            let final = try #require(try RecordStore(root: data.url).load(Review.self, id: data.review.id))
            #expect(final.revision == start + claimed.count)
            #expect(final.summary == claimed[final.revision])
            #expect(claimed.isEmpty || Set(claimed.keys) == Set((start + 1)...(start + claimed.count)))
            #expect(StoreFixtureFiles.nonRecords(in: data.url.appendingPathComponent("reviews")).isEmpty)
        }
        #expect(conflictsSeen > 0, "\(attempts) runs of \(rounds) rounds each never saw one save refused as stale")
    }

    /// The random rounds above may or may not interleave; this one always does: the slow process
    /// reads, the fast one saves, then the slow one's save must be refused.
    @Test func aSaveBasedOnAnOlderReadIsRefusedAcrossProcesses() throws {
        let data = try DataDirectory()
        let start = data.review.revision
        let go = data.url.appendingPathComponent("go")
        let slow = try Child(["concurrency-probe", "--data-dir", data.url.path, "--review", data.review.id, "--rounds", "1", "--tag", "slow", "--wait-for", go.path])
        defer { if slow.process.isRunning { kill(slow.process.processIdentifier, SIGKILL) } }
        // Polling for the "loaded" line: a readiness check, not a timing assertion.
        for _ in 0..<2_000 where !slow.lines.contains("loaded \(start)") { usleep(5_000) }
        #expect(slow.lines == ["loaded \(start)"])

        let fast = try Child(["concurrency-probe", "--data-dir", data.url.path, "--review", data.review.id, "--rounds", "1", "--tag", "fast"])
        #expect(fast.finish() == ["saved \(start) \(start + 1) fast 0"])
        _ = FileManager.default.createFile(atPath: go.path, contents: nil)
        #expect(slow.finish() == ["loaded \(start)", "conflict \(start) \(start + 1) slow 0"])

        let final = try RecordStore(root: data.url).load(Review.self, id: data.review.id)
        #expect(final?.revision == start + 1 && final?.summary == "fast 0")
    }

    /// `debrief check` says nothing of a lock a live save holds, and reports one a killed writer left.
    @Test func checkReportsOnlyLocksNoLiveWriterHolds() throws {
        let data = try DataDirectory()
        let holder = try holdingTheLock(data)
        defer { if holder.process.isRunning { kill(holder.process.processIdentifier, SIGKILL) } }

        let whileHeld = try DebriefProcess.run(["check", "--data-dir", data.url.path])
        #expect(whileHeld.status == 0, "\(whileHeld.stdout)\(whileHeld.stderr)")
        #expect(!(whileHeld.stdout + whileHeld.stderr).contains(".lock"))

        kill(holder.process.processIdentifier, SIGKILL)
        holder.process.waitUntilExit()
        let afterKill = try DebriefProcess.run(["check", "--data-dir", data.url.path])
        #expect(afterKill.status == 1)
        #expect((afterKill.stdout + afterKill.stderr).contains("\(data.review.id).json.lock"))
        #expect((afterKill.stdout + afterKill.stderr).contains("left behind by an interrupted save"))
    }

    @Test func aLiveHoldersLockIsNotTakenAndAKilledHoldersDoesNotBlock() throws {
        let data = try DataDirectory()
        let holder = try holdingTheLock(data)
        defer { if holder.process.isRunning { kill(holder.process.processIdentifier, SIGKILL) } }

        let blocked = try Child(["concurrency-probe", "--data-dir", data.url.path, "--review", data.review.id, "--rounds", "1", "--tag", "x"])
        let blockedLines = blocked.finish()
        #expect(blockedLines.count == 1 && blockedLines[0].hasPrefix("failed"), "\(blockedLines)")
        #expect(blockedLines.first?.contains("being saved by another Debrief process") == true)
        let untouched = try RecordStore(root: data.url).load(Review.self, id: data.review.id)
        #expect(untouched?.revision == data.review.revision && untouched?.summary == data.review.summary)

        kill(holder.process.processIdentifier, SIGKILL)
        holder.process.waitUntilExit()
        let lockPath = data.url.appendingPathComponent("reviews/\(data.review.id).json.lock").path
        #expect(FileManager.default.fileExists(atPath: lockPath), "the killed holder's lock file should still be there")

        let after = try Child(["concurrency-probe", "--data-dir", data.url.path, "--review", data.review.id, "--rounds", "1", "--tag", "y"])
        let afterLines = after.finish()
        #expect(afterLines == ["saved \(data.review.revision) \(data.review.revision + 1) y 0"])
        #expect(!FileManager.default.fileExists(atPath: lockPath))
        #expect(try RecordStore(root: data.url).load(Review.self, id: data.review.id)?.summary == "y 0")
    }
}

enum StoreFixtureFiles {
    /// Names in a folder that are not records (lock files left behind, temp files).
    static func nonRecords(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasSuffix(".json") }
    }
}
