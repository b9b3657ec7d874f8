<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "jsm2fa-a11y.ftl" as a11y>
<@layout.registrationLayout; section>
<!-- template: jsm2fa-remember-device.ftl -->
    <#if section = "header">
        ${msg("policyRememberTitle")}
    <#elseif section = "form">
        <@a11y.attemptedUsernameLabel />
        <form
            id="jsm2fa-remember-device-form"
            class="${properties.kcFormClass!}"
            action="${url.loginAction}"
            method="post">
            <p id="jsm2fa-remember-intro">${msg("policyRememberIntro", rememberDeviceDays)}</p>
            <@buttons.actionGroup>
                <@buttons.button id="jsm2fa-remember-yes" name="remember" label="policyRememberYes" value="yes" />
                <@buttons.button id="jsm2fa-remember-no" name="remember" label="policyRememberNo" type="secondary" value="no" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
