import DebriefCore
import Foundation

/// How load problems reach the user of a non-interactive command: one warning line each on stderr.
enum ProblemReport {
    static func warn(_ problems: [LoadProblem]) {
        for problem in problems {
            Output.warning(sanitized(problem.description) + " (skipped; `debrief check` lists every problem)")
        }
    }

    /// Problem text quotes file contents and paths, which may carry escape sequences.
    static func sanitized(_ text: String) -> String {
        DisplaySanitizer.singleLine.sanitize(text)
    }
}
