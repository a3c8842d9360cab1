#!/usr/bin/env bash
# Regenerates the pictures of docs/user-guide*.md: runs the app under Xvfb on a fresh demo
# database and saves the register, the indicator sets, the entry screen and the submit dialog,
# in Chinese and in English. Needs a build (cmake --preset default && cmake --build build).
#   docs/images/take-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
out=docs/images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
cli="$build/app/communitycheck-cli"
app="$build/app/communitycheck"
db="$work/demo.sqlite"

"$cli" --db "$db" init --demo >/dev/null
# A 2026 re-check of 青湖苑社区 started from its 2025 check, half confirmed: the entry screen
# then shows carried-over values, answered and open indicators side by side.
check=$("$cli" --db "$db" assessments new --community NC-DH-002 --set JX-HSQ --round "2026 复检" --assessor 李明 --from-previous 2>/dev/null)
"$cli" --db "$db" responses import "$check" /dev/stdin >/dev/null <<'CSV'
indicator,value,note
A1-01,是,街道办已建立联席会议制度
A1-02,6,
B4-01,1,3号楼外墙空鼓
B4-03,0,
CSV
"$cli" --db "$db" photos add "$check" B4-01 tests/data/photos/WithGps.jpg tests/data/photos/Plain.jpg \
    --caption "3号楼东侧外墙空鼓" >/dev/null

# The report settings a county office would give: issuing unit and logo on the cover.
"$cli" --db "$db" report settings --issuing-unit "南昌市东湖区住房和城乡建设局" \
    --logo resources/icons/communitycheck-256.png >/dev/null

# The lists, the project library and a plan: a demand and a resource, projects from every check,
# the 东湖区 ones accepted, a 2027 plan within 400 万元.
"$cli" --db "$db" demands add --community NC-DH-001 --text "楼道照明不足，希望加装声控灯" --task C7 \
    --source meeting --support 86 >/dev/null
"$cli" --db "$db" resources add --kind fund --name "城镇老旧小区改造中央补助" --county 东湖区 --amount 800 \
    --year 2026 --owner 县住建局 >/dev/null
"$cli" --db "$db" resources add --kind room --name "原物业用房" --community NC-DH-001 --area 120 >/dev/null
for id in $("$cli" --db "$db" assessments list --json | python3 -c 'import json,sys; [print(a["id"]) for a in json.load(sys.stdin)]'); do
    "$cli" --db "$db" projects generate "$id" >/dev/null
done
for id in $("$cli" --db "$db" projects list --county 东湖区 --json |
            python3 -c 'import json,sys; [print(p["id"]) for p in json.load(sys.stdin) if p["status"] == "candidate"]'); do
    "$cli" --db "$db" projects accept "$id" >/dev/null
done
"$cli" --db "$db" plan build --county 东湖区 --year 2027 --budget 400 >/dev/null

# Some of 青湖苑社区's estates and buildings, as a street office's table gives them (the register's
# counts stay: the table is a sample).
"$cli" --db "$db" buildings import NC-DH-002 /dev/stdin >/dev/null <<'CSV'
小区,楼栋,地址,层数,套数,建成年份,结构类型,电梯,备注
青湖苑一期,1号楼,青湖路12号,6,36,1996,砖混,否,
青湖苑一期,2号楼,青湖路14号,6,36,1996,砖混,否,二单元楼道堆物
青湖苑一期,3号楼,青湖路16号,7,42,1998,砖混,否,
青湖苑二期,5号楼,青湖路20号,18,136,2009,钢筋混凝土,是,
青湖苑二期,6号楼,青湖路22号,18,136,2009,钢筋混凝土,是,
临时小区一,平房1,青湖路8号,1,4,1978,砖木,否,零散平房
CSV

shot() { # NAME LANG ARGS…
    local name=$1 lang=$2
    shift 2
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" --db "$db" --lang "$lang" --screenshot "$out/$name" "$@" 2>/dev/null
    echo "wrote $out/$name"
}
for lang in zh_CN en; do
    suffix=""
    [ "$lang" = en ] && suffix="-en"
    shot "register$suffix.png" "$lang"
    shot "sets$suffix.png" "$lang" --tab sets
    shot "checks$suffix.png" "$lang" --tab checks
    shot "dashboard$suffix.png" "$lang" --tab dashboard
    shot "failed-indicators$suffix.png" "$lang" --tab failed
    shot "round-over-round$suffix.png" "$lang" --tab rounds
    shot "programme-scores$suffix.png" "$lang" --tab spread
    shot "entry$suffix.png" "$lang" --open "$check"
    shot "photos$suffix.png" "$lang" --open "$check" --indicator B4-01
    shot "submit$suffix.png" "$lang" --open "$check" --show-submit
    shot "report-preview$suffix.png" "$lang" --open "$check" --show-report
    shot "lists$suffix.png" "$lang" --tab lists
    shot "projects$suffix.png" "$lang" --tab projects
    shot "plan$suffix.png" "$lang" --tab plan
    shot "buildings$suffix.png" "$lang" --buildings NC-DH-002
done

# The same windows on a laptop's whole screen, as they open there (issue 14: every window fits):
# the main window, the entry screen and the report preview at 1366×768 and 1280×720.
laptop() { # NAME LANG SIZE ARGS…
    local name=$1 lang=$2 size=$3
    shift 3
    xvfb-run -a -s "-screen 0 ${size}x24" "$app" --db "$db" --lang "$lang" --screenshot "$out/$name" --whole-screen "$@" \
        2>/dev/null
    echo "wrote $out/$name"
}
for lang in zh_CN en; do
    suffix=""
    [ "$lang" = en ] && suffix="-en"
    for size in 1366x768 1280x720; do
        laptop "laptop-main-$size$suffix.png" "$lang" "$size" --tab checks
        laptop "laptop-entry-$size$suffix.png" "$lang" "$size" --open "$check"
        laptop "laptop-report-$size$suffix.png" "$lang" "$size" --open "$check" --show-report
    done
done

# Pages of the report PDF itself: cover, summary, and the last pages (photos, signatures).
page() { # PDF FIRST LAST NAME
    pdftoppm -png -r 60 -f "$2" -l "$3" "$1" "$work/page"
    montage "$work"/page-*.png -tile "$(($3 - $2 + 1))x1" -geometry +6+6 -background '#909090' "$out/$4"
    rm -f "$work"/page-*.png
    echo "wrote $out/$4"
}
for lang in zh_CN en; do
    suffix=""
    [ "$lang" = en ] && suffix="-en"
    "$cli" --db "$db" --lang "$lang" report "$check" -o "$work/report.pdf" >/dev/null
    pages=$(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}')
    page "$work/report.pdf" 1 2 "report-pages$suffix.png"
    page "$work/report.pdf" $((pages - 1)) "$pages" "report-last-pages$suffix.png"
done
