import Foundation
import Testing

/// Each command's help reads as paragraphs at 80 columns: the argument parser wraps prose itself,
/// so a hard line break inside a sentence shows as a short line cut mid-sentence ("…on a" / "demo team").
@Suite struct HelpTextTests {
    static let commands: [[String]] = [[], ["demo"], ["deals"], ["reviews"], ["show"], ["check"], ["keys"], ["prep"],
                                        ["snapshot"], ["themes"], ["import"], ["export"], ["export", "playbook"], ["init"],
                                        ["sync"], ["conflicts"], ["stats"], ["queue"], ["brief"]]

    @Test(arguments: commands)
    func proseIsNeverBrokenMidSentence(_ command: [String]) throws {
        let result = try DebriefProcess.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(command): \(result.stderr)")
        let lines = result.stdout.components(separatedBy: "\n")
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard let first = next.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first),
                  !line.hasPrefix(" "), !line.isEmpty, !line.hasSuffix(":") else { continue }
            #expect(line.count > 60, "\(command): a sentence broken after “\(line)”:\n\(result.stdout)")
        }
    }
}
