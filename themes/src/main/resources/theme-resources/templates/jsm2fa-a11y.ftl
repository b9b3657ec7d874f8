<#--
    Accessibility fixes the pack's pages share. Import with
    <#import "jsm2fa-a11y.ftl" as a11y> and call the macros inside the "form" section.
-->

<#--
    keycloak.v2 shows the username being signed in as in a read-only input without a label, which
    screen readers announce as an unnamed field. This names it with Keycloak's own "Username" text.
    LIMITATION: the name is set by a script, so without JavaScript the field stays unnamed; the fix
    belongs in keycloak.v2's template.ftl.
-->
<#macro attemptedUsernameLabel>
    <span id="jsm2fa-attempted-username-label" hidden>${msg("username")}</span>
    <script>
        (function () {
            var input = document.getElementById("kc-attempted-username");
            if (input && !input.hasAttribute("aria-label") && !input.hasAttribute("aria-labelledby")) {
                input.setAttribute("aria-labelledby", "jsm2fa-attempted-username-label");
            }
        })();
    </script>
</#macro>
