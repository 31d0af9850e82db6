#!/bin/bash
# Times a bracketed paste of SIZE bytes into a session note through a real terminal (tmux
# paste-buffer -p) with BINARY: wall until its last line is drawn, and debrief's CPU for the paste
# alone (user+sys from /proc). The README's terminal paste figure: terminal-paste-time.sh .build/release/debrief 1000000
BINARY=$1; SIZE=$2; S=debrief-paste-$$
W=$(mktemp -d /tmp/debrief-paste.XXXX)
"$BINARY" demo --dir $W/data --deals 10 --reviews 0 --as-of 2026-11-28 >/dev/null
python3 - "$SIZE" > $W/paste.txt <<'PY'
import sys
n=int(sys.argv[1]); out=[]; size=0; i=0
while size<n:
    i+=1; line=f"{i}\tpilot, not price — café 決め手 q s ?"; out.append(line); size+=len(line.encode())+1
out.append("END-OF-PASTE")
sys.stdout.write("\n".join(out))
PY
tmux -L $S -f /dev/null new-session -d -s e -x 100 -y 30 -e XDG_STATE_HOME=$W/state -e XDG_CONFIG_HOME=$W/config -e DEBRIEF_TODAY=2026-11-28 "echo \$\$ > $W/pid; exec $BINARY --data-dir $W/data"
tmux -L $S set-option -g escape-time 10
sleep 3; tmux -L $S send-keys -t e Enter; sleep 1.5; tmux -L $S send-keys -t e Enter; sleep 1.5
P=$(cat $W/pid)
cpu() { awk '{print $14+$15}' /proc/$P/stat; }
tmux -L $S load-buffer -b p $W/paste.txt
before=$(cpu); start=$(date +%s.%N)
tmux -L $S paste-buffer -p -d -b p -t e
until tmux -L $S capture-pane -p -t e | grep -q "END-OF-PASTE"; do sleep 0.05; done
end=$(date +%s.%N); after=$(cpu)
echo "paste of $(stat -c %s $W/paste.txt) bytes on screen after $(echo "$end - $start" | bc) s; debrief CPU $(echo "($after - $before) / $(getconf CLK_TCK)" | bc -l | cut -c1-5) s; load $(cut -d' ' -f1 /proc/loadavg)"
tmux -L $S send-keys -t e Escape; sleep 1
tmux -L $S kill-server; sleep 1
rm -rf $W
