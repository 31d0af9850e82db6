import ArgumentParser
import DebriefCore
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a realistic demo team into a new directory.",
        discussion: """
        The same --seed and --as-of give the same files, byte for byte. The directory must be empty \
        or not exist: demo data is never mixed into real data. Try it with:
          debrief demo --dir /tmp/demo && debrief --data-dir /tmp/demo deals
        """
    )

    @Option(help: ArgumentHelp("Directory to create the demo team in (must be empty or new).", valueName: "DIR"))
    var dir: String

    @Option(help: "Number of closed deals.")
    var deals = 96

    @Option(help: "Number of reviews (at most one per deal).")
    var reviews = 14

    @Option(help: "Seed for the generator.")
    var seed: UInt64 = 1

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the team's dates lead up to (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func validate() throws {
        guard deals >= 0, deals <= 1_000_000 else { throw ValidationError("--deals must be between 0 and 1000000") }
        guard reviews >= 0 else { throw ValidationError("--reviews must not be negative") }
        if reviews > deals { throw ValidationError("--reviews (\(reviews)) cannot exceed --deals (\(deals)): each review is about one deal") }
    }

    func run() throws {
        try reportingErrors {
            let day = try asOf.map { try parseDay($0, option: "--as-of") } ?? Day.today()
            let url = URL(fileURLWithPath: dir, isDirectory: true).standardizedFileURL
            if let existing = try? FileManager.default.contentsOfDirectory(atPath: url.path), !existing.isEmpty {
                throw UserFacingError("\(url.path) is not empty; the demo team is only written into an empty or new directory, so it never mixes with real data")
            }
            let team = DemoTeam(.init(deals: deals, reviews: reviews, seed: seed, asOf: day))
            try team.write(to: url)
            print("Wrote \(team.deals.count) deals and \(team.reviews.count) reviews to \(url.path).")
            print("Open it with: debrief --data-dir \(url.path)")
        }
    }
}
