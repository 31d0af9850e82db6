import ArgumentParser
import DebriefUI

/// `debrief keys`: the key table, from the same keymap the app and its help overlay use.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List every key binding (the README's key table is this command's --markdown output)."
    )

    @Flag(help: "Print a Markdown table.")
    var markdown = false

    func run() {
        print(markdown ? KeyTable.markdown() : KeyTable.plain(), terminator: "")
    }
}
