#!/bin/bash
# Starts Keycloak after reading secrets from files: for each NAME below, NAME_FILE (a Docker or
# Compose secret such as /run/secrets/db_password) becomes NAME. A NAME set directly still works.
set -euo pipefail

for name in KC_DB_PASSWORD KC_BOOTSTRAP_ADMIN_PASSWORD; do
  file_name="${name}_FILE"
  file="${!file_name:-}"
  if [[ -n "$file" ]]; then
    if [[ ! -r "$file" ]]; then
      echo "jsm2fa: $file_name names $file, which cannot be read" >&2
      exit 1
    fi
    value="$(<"$file")"
    export "$name=$value"
    unset "$file_name"
  fi
done

exec /opt/keycloak/bin/kc.sh "$@"
