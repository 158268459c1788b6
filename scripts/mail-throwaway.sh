#!/usr/bin/env bash
# Starts a throwaway mail server on loopback ports in a temporary folder: OpenSMTPD takes mail by SMTP and hands
# it over LMTP to Dovecot, which serves it by IMAP. Every recipient address is accepted and delivered to the
# mailbox named by its local part (anna@example.org → user "anna"); every IMAP user logs in with the password
# "mailtest". Prints `SMTP_URL IMAP_HOST:PORT`.
#
# Usage: scripts/mail-throwaway.sh start DIR SMTP_PORT IMAP_PORT LMTP_PORT   |   scripts/mail-throwaway.sh stop DIR
# Needs root (OpenSMTPD drops privileges itself) and Debian's opensmtpd, dovecot-imapd and dovecot-lmtpd.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?folder}

case "$cmd" in
  start)
    smtp_port=${3:?smtp port}
    imap_port=${4:?imap port}
    lmtp_port=${5:?lmtp port}
    command -v smtpd >/dev/null && command -v dovecot >/dev/null \
      || { echo "opensmtpd and dovecot are not installed" >&2; exit 1; }
    mkdir -p "$dir"/{run,state,mail}
    chmod 0755 "$dir"  # Dovecot delivers as the user mail, which must reach the mailboxes (mktemp makes 0700)
    chown mail:mail "$dir/mail"
    cat >"$dir/dovecot.conf" <<EOF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_username_format = %Ln
first_valid_uid = 8
mail_location = maildir:$dir/mail/%n
passdb {
  driver = static
  args = password=mailtest
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$dir/mail/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = $lmtp_port
  }
}
service anvil {
  chroot =
}
EOF
    cat >"$dir/smtpd.conf" <<EOF
listen on 127.0.0.1 port $smtp_port
table catchall file:$dir/catchall
action "deliver" lmtp "127.0.0.1:$lmtp_port" rcpt-to virtual <catchall>
match from local for any action "deliver"
EOF
    echo "@ mail" >"$dir/catchall"
    chmod 0644 "$dir/smtpd.conf"
    dovecot -c "$dir/dovecot.conf"
    # OpenSMTPD keeps its queue in /var/spool/smtpd and its control socket in /run: one instance per machine.
    if pgrep -x smtpd >/dev/null; then
      echo "another OpenSMTPD is running (a system service? stop it with: service opensmtpd stop)" >&2
      doveadm -c "$dir/dovecot.conf" stop 2>/dev/null || true
      exit 1
    fi
    mkdir -p /var/spool/smtpd && chmod 0711 /var/spool/smtpd
    smtpd -f "$dir/smtpd.conf" -d >"$dir/smtpd.log" 2>&1 &
    echo $! >"$dir/smtpd.pid"
    for _ in $(seq 1 50); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$imap_port") 2>/dev/null; then
        echo "smtp://127.0.0.1:$smtp_port 127.0.0.1:$imap_port"
        exit 0
      fi
      sleep 0.1
    done
    echo "the mail server did not start; see $dir/smtpd.log and $dir/dovecot.log" >&2
    cat "$dir/smtpd.log" "$dir/dovecot.log" >&2 2>/dev/null || true
    exit 1
    ;;
  stop)
    [ -f "$dir/smtpd.pid" ] && kill "$(cat "$dir/smtpd.pid")" 2>/dev/null || true
    [ -f "$dir/dovecot.conf" ] && doveadm -c "$dir/dovecot.conf" stop 2>/dev/null || true
    # Both shut down asynchronously; wait so the ports and OpenSMTPD's control socket are free again.
    for _ in $(seq 1 50); do
      alive=0
      [ -f "$dir/smtpd.pid" ] && kill -0 "$(cat "$dir/smtpd.pid")" 2>/dev/null && alive=1
      [ -f "$dir/run/master.pid" ] && kill -0 "$(cat "$dir/run/master.pid")" 2>/dev/null && alive=1
      [ "$alive" = 0 ] && break
      sleep 0.1
    done
    rm -rf "$dir"
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
