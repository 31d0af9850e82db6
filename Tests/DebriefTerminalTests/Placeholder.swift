import Testing
@Test func terminalModuleBuilds() {}
