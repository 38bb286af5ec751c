/// The names a config file gives the browser's commands (`[keys]` section: `follow = "o"`), from `CommandTable`.
enum ActionName {
  static var all: [(name: String, command: Command)] { CommandTable.all.map { ($0.name, $0.command) } }

  static func command(_ name: String) -> Command? { CommandTable.command(named: name) }
}
