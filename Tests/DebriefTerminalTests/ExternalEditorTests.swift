import DebriefUI
import Foundation
import Testing
@testable import DebriefTerminal

/// `$EDITOR` as git runs it (#17 item 6): split into words like a shell line but never run by a
/// shell, the file ends with a newline and one comes off on the way back, a failure says its status.
@Suite("External editor")
struct ExternalEditorTests {
    @Test("EDITOR values with arguments and quotes split as a shell splits them")
    func splitting() {
        #expect(EditorCommand.split("vim -u NONE") == ["vim", "-u", "NONE"])
        #expect(EditorCommand.split("  code   --wait ") == ["code", "--wait"])
        #expect(EditorCommand.split(#"'/opt/My Editor/ed' -w"#) == ["/opt/My Editor/ed", "-w"])
        #expect(EditorCommand.split(#""/opt/My Editor/ed" a\ b "say \"hi\"""#) == ["/opt/My Editor/ed", "a b", #"say "hi""#])
        #expect(EditorCommand.split(#"emacs -nw ''"#) == ["emacs", "-nw", ""])
        #expect(EditorCommand.split("vim 'unclosed") == nil)
        #expect(EditorCommand(environment: [:])?.words == ["vi"])
        #expect(EditorCommand(environment: ["EDITOR": " ", "VISUAL": "nano"])?.words == ["nano"])
        #expect(EditorCommand(environment: ["EDITOR": "vim -u NONE", "VISUAL": "nano"])?.words == ["vim", "-u", "NONE"])
    }

    /// A scratch folder with an editor script that appends to the file it is given, after
    /// recording its arguments and the file as it found it.
    private func scratchEditor() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-editor-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let script = dir.appendingPathComponent("my editor.sh")
        try Data("""
        #!/bin/sh
        printf '%s\\n' "$@" > "$(dirname "$0")/arguments"
        eval "last=\\${$#}"
        cp "$last" "$(dirname "$0")/handed"
        printf 'added by the editor\\n' >> "$last"
        """.utf8).write(to: script)
        chmod(script.path, 0o700)
        return dir
    }

    @Test("the file ends with a newline, arguments reach the editor, one newline comes off on the way back")
    func roundTrip() throws {
        let dir = try scratchEditor()
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("my editor.sh").path
        // Through sh: executing a script written a moment ago can fail with ETXTBSY while a parallel
        // test forks with its write descriptor open.
        let result = ExternalEditor.edit("first draft\n", environment: ["EDITOR": "sh '\(script)' --wait -u NONE"])
        #expect(try result.get() == "first draft\n\nadded by the editor")
        let handed = try String(contentsOf: dir.appendingPathComponent("handed"), encoding: .utf8)
        #expect(handed == "first draft\n\n")
        let arguments = try String(contentsOf: dir.appendingPathComponent("arguments"), encoding: .utf8).split(separator: "\n")
        #expect(arguments.prefix(3) == ["--wait", "-u", "NONE"])
        #expect(arguments.count == 4 && arguments[3].hasSuffix(".md"))
        #expect(!FileManager.default.fileExists(atPath: String(arguments[3])), "the temporary file is removed")
    }

    @Test("a failing editor is reported with its exit status; a missing one as not started")
    func failures() {
        let failed = ExternalEditor.edit("note", environment: ["EDITOR": "sh -c 'exit 3' editor"])
        guard case .failure(let failure) = failed else { Issue.record("a failing editor gave \(failed)"); return }
        #expect(failure.message.contains("exited with status 3") && failure.message.contains("The note is unchanged"), "\(failure)")
        let missing = ExternalEditor.edit("note", environment: ["EDITOR": "no-such-editor-debrief --wait"])
        guard case .failure(let notFound) = missing else { Issue.record("a missing editor gave \(missing)"); return }
        #expect(notFound.message.contains("no-such-editor-debrief") && notFound.message.contains("could not start"), "\(notFound)")
        let unclosed = ExternalEditor.edit("note", environment: ["EDITOR": "vim 'oops"])
        guard case .failure(let quoting) = unclosed else { Issue.record("an unclosed quote gave \(unclosed)"); return }
        #expect(quoting.message.contains("check its quotes"))
    }

    @Test("nothing in EDITOR reaches a shell: ; $( ) and backquotes are plain characters")
    func noShell() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-inject-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let marker = dir.appendingPathComponent("pwned").path
        for value in ["true; touch \(marker)", "true $(touch \(marker))", "true `touch \(marker)`", "true && touch \(marker)"] {
            _ = ExternalEditor.edit("note", environment: ["EDITOR": value])
            #expect(!FileManager.default.fileExists(atPath: marker), "\(value)")
        }
    }
}
