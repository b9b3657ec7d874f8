#!/bin/bash
# Starts Keycloak after reading secrets from files: for each NAME below, NAME_FILE (a Docker or
# Compose secret such as /run/secrets/db_password) becomes NAME, holding the file's content less its
# trailing line breaks, as the PostgreSQL image reads the same file. A carriage return (a file saved
# with Windows line ends) is an error: PostgreSQL would keep it and the passwords would differ.
# NAME set directly still works; setting both is an error.
# JSM2FA_KEYCLOAK_HOME (default /opt/keycloak) lets the tests run this script against a stub kc.sh.
set -euo pipefail

keycloak_home="${JSM2FA_KEYCLOAK_HOME:-/opt/keycloak}"

fail() {
  echo "jsm2fa: $1" >&2
  exit 1
}

for name in KC_DB_PASSWORD KC_BOOTSTRAP_ADMIN_PASSWORD; do
  file_name="${name}_FILE"
  file="${!file_name:-}"
  if [[ -z "$file" ]]; then
    continue
  fi
  # Only variable names reach the log: not a value, nor the path, which may be a pasted secret.
  if [[ -v "$name" ]]; then
    fail "both $name and $file_name are set; set only one of them"
  fi
  if [[ ! -f "$file" || ! -r "$file" ]]; then
    fail "$file_name does not name a file that uid $EUID can read"
  fi
  value="$(<"$file")"
  if [[ -z "$value" ]]; then
    fail "the file that $file_name names is empty"
  fi
  if [[ "$value" == *$'\r'* ]]; then
    fail "the file that $file_name names has a carriage return (Windows line ends); save it with Unix line ends"
  fi
  export "$name=$value"
  unset "$file_name"
done
unset value

exec "$keycloak_home/bin/kc.sh" "$@"
