import DebriefCore
import Foundation
import Testing

@Suite struct DataLocationsTests {
    let home = ["HOME": "/home/ana"]

    @Test func defaultsFollowTheXDGSpec() {
        let locations = DataLocations.resolve(dataDirOption: nil, environment: home)
        #expect(locations.dataDirectory.path == "/home/ana/.local/share/debrief")
        #expect(locations.stateDirectory.path == "/home/ana/.local/state/debrief")
        #expect(locations.configDirectory.path == "/home/ana/.config/debrief")
    }

    @Test func absoluteXDGVariablesAreUsed() {
        let env = home.merging(["XDG_DATA_HOME": "/data", "XDG_STATE_HOME": "/state", "XDG_CONFIG_HOME": "/config"]) { $1 }
        let locations = DataLocations.resolve(dataDirOption: nil, environment: env)
        #expect(locations.dataDirectory.path == "/data/debrief")
        #expect(locations.stateDirectory.path == "/state/debrief")
        #expect(locations.configDirectory.path == "/config/debrief")
    }

    @Test func emptyOrRelativeXDGVariablesAreIgnored() {
        let env = home.merging(["XDG_DATA_HOME": "", "XDG_STATE_HOME": "relative/state", "XDG_CONFIG_HOME": "./c"]) { $1 }
        let locations = DataLocations.resolve(dataDirOption: nil, environment: env)
        #expect(locations.dataDirectory.path == "/home/ana/.local/share/debrief")
        #expect(locations.stateDirectory.path == "/home/ana/.local/state/debrief")
        #expect(locations.configDirectory.path == "/home/ana/.config/debrief")
    }

    @Test func environmentVariableBeatsXDGAndOptionBeatsBoth() {
        let env = home.merging(["XDG_DATA_HOME": "/data", "DEBRIEF_DATA_DIR": "/team/reviews"]) { $1 }
        #expect(DataLocations.resolve(dataDirOption: nil, environment: env).dataDirectory.path == "/team/reviews")
        #expect(DataLocations.resolve(dataDirOption: "/tmp/x", environment: env).dataDirectory.path == "/tmp/x")
        #expect(DataLocations.resolve(dataDirOption: "", environment: env).dataDirectory.path == "/team/reviews")
        let emptyEnv = env.merging(["DEBRIEF_DATA_DIR": ""]) { $1 }
        #expect(DataLocations.resolve(dataDirOption: nil, environment: emptyEnv).dataDirectory.path == "/data/debrief")
    }

    @Test func theStateDirectoryIsNeverInsideTheDataDirectory() {
        let env = home.merging(["DEBRIEF_DATA_DIR": "/home/ana/.local/state"]) { $1 }
        let locations = DataLocations.resolve(dataDirOption: nil, environment: env)
        #expect(locations.stateDirectory.path == "/home/ana/.local/state/debrief")
        #expect(locations.dataDirectory.path == "/home/ana/.local/state")
    }
}
