import Foundation
import Testing

/// The README's key table is generated from the keymap; this keeps the two from drifting.
@Suite struct ReadmeTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func keyTableMatchesTheKeymap() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: "<!-- keys:start -->\n"), "README needs a <!-- keys:start --> marker")
        let end = try #require(text.range(of: "<!-- keys:end -->"), "README needs a <!-- keys:end --> marker")
        let table = String(text[start.upperBound..<end.lowerBound])
        let generated = try DebriefProcess.run(["keys", "--markdown"]).stdout
        #expect(table == generated, "Update the README: run `swift run debrief keys --markdown` and paste it between the markers")
    }

    @Test func readmeStartsWithTheTwoCommands() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let firstBlock = try #require(text.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        #expect(firstBlock.contains("swift run debrief --demo"))
        #expect(firstBlock.contains("swift test"))
    }
}
