import ArgumentParser
import DebriefCore
import Foundation

/// A hidden command for the concurrency tests: saves one review over and over from its own process,
/// or holds the review's lock until it is killed. Each outcome is one line on standard output, so a
/// test can check what ends on disk against what every process says it did.
struct ConcurrencyProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concurrency-probe",
        abstract: "Test helper: save one review in a loop, or hold its lock (for the concurrency tests).",
        shouldDisplay: false
    )

    @OptionGroup var globals: GlobalOptions

    @Option(help: "The review to save.")
    var review: String

    @Option(help: "How many load-change-save rounds.")
    var rounds = 100

    @Option(help: "Written into the summary with the round number, to tell the processes apart.")
    var tag = "p"

    @Option(help: "After each load, print 'loaded REVISION' and wait until this file exists before saving.")
    var waitFor: String?

    @Flag(help: "Take the review's lock, write half a record into it, print 'held' and wait to be killed.")
    var holdLock = false

    func run() throws {
        let store = globals.store
        if holdLock {
            let url = try store.fileURL(for: Review.self, id: review)
            try DurableFile.withLock(on: url) { lock in
                try lock.prepare(Data("{\n  \"half\" : ".utf8))
                emit("held")
                while true { sleep(60) }
            }
        }
        var random = SystemRandomNumberGenerator()
        for round in 0..<rounds {
            guard var edited = try store.load(Review.self, id: review) else {
                throw ValidationError("no review '\(review)'")
            }
            let base = edited.revision
            if let waitFor {
                // One interleaving forced by the test: the other process saves while this one waits.
                emit("loaded \(base)")
                while !FileManager.default.fileExists(atPath: waitFor) { usleep(2_000) }
            } else {
                // A random pause between reading and saving gives the other process a chance to get in between.
                usleep(UInt32.random(in: 0..<3_000, using: &random))
            }
            edited.summary = "\(tag) \(round)"
            do {
                let saved = try store.save(edited)
                emit("saved \(base) \(saved.revision) \(tag) \(round)")
            } catch let conflict as StaleRevision<Review> {
                emit("conflict \(base) \(conflict.theirs?.revision ?? -1) \(tag) \(round)")
            } catch let failure as DurableFile.Failure {
                emit("failed \(base) \(tag) \(round) \(failure)")
            }
        }
    }

    /// One unbuffered line, so a test reading the output sees it as soon as it is written.
    private func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
