import ArgumentParser
import DebriefUI
import Foundation

/// `debrief keys`: the key table, from the same keymap the app and its help overlay use, with the
/// rebindings of config.toml applied (the README's `--markdown` table shows the defaults).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List every key binding (the README's key table is this command's --markdown output).",
        discussion: """
        Each binding has a context and an action name. Rebind keys in \
        $XDG_CONFIG_HOME/debrief/config.toml, naming keys as key scripts do (j, J, Down, Enter, \
        Escape, Tab, BTab, Space, C-e, M-x, F5):
          [keys.board]
          next = ["J", "Down"]
        A rebinding that cannot be used is reported with its line, and keeps the default keys.
        """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the README's Markdown table (always the default keys).")
    var markdown = false

    @Flag(help: "Print JSON: context, action, keys and description of every binding.")
    var json = false

    @Flag(help: "Ignore config.toml: list the default keys.")
    var defaults = false

    func run() {
        if markdown {
            print(KeyTable.markdown(), terminator: "")
            return
        }
        var keymap = Keymap.standard
        if !defaults {
            let (configured, problems) = AppLaunch(locations: global.locations).keymap()
            for problem in problems { Output.warning(problem) }
            keymap = configured
        }
        print(json ? KeyTable.json(keymap) : KeyTable.plain(keymap), terminator: "")
    }
}
