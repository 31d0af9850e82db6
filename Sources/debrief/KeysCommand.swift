import ArgumentParser
import DebriefUI

/// `debrief keys`: the key table, from the same keymap the app and its help overlay use.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List every key binding (the README's key table is this command's --markdown output).",
        discussion: """
        Each binding has a context and an action name: rebind it in config.toml with
          [keys.CONTEXT]
          ACTION = ["KEY", …]
        """
    )

    @Flag(help: "Print a Markdown table.")
    var markdown = false

    @Flag(help: "Print JSON: context, action, keys and description of every binding.")
    var json = false

    func run() {
        print(json ? KeyTable.json() : markdown ? KeyTable.markdown() : KeyTable.plain(), terminator: "")
    }
}
