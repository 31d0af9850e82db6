import ArgumentParser
import DebriefCore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every file in the data directory; report each problem with its path. Changes nothing.",
        discussion: "Exit status 0 when all is well, 1 when any problem was found. Conflicts left to choose after a sync are listed too; they are not problems with the files."
    )

    @OptionGroup var globals: GlobalOptions

    @Flag(help: "Print the findings as JSON.")
    var json = false

    func run() throws {
        try reportingErrors {
            let report = DataCheck.run(on: globals.store)
            if json {
                try Output.json(report)
            } else {
                for problem in report.problems { print(ProblemReport.sanitized(problem.description)) }
                for line in ConflictsText.lines(report.pendingConflicts) { print(ProblemReport.sanitized(line)) }
                let summary = "\(report.dealCount) deals, \(report.reviewCount) reviews, \(report.questionSetCount) team question sets checked in \(report.directory)"
                print(report.problems.isEmpty ? "OK: \(summary)." : "\(report.problems.count) problem(s): \(summary).")
            }
            if !report.problems.isEmpty { throw ExitCode.failure }
        }
    }
}
