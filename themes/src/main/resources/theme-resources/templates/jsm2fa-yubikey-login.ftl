<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<#import "jsm2fa-a11y.ftl" as a11y>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('otp'); section>
<!-- template: jsm2fa-yubikey-login.ftl -->
    <#if section = "header">
        ${msg("yubikeyLoginTitle")}
    <#elseif section = "form">
        <@a11y.attemptedUsernameLabel />
        <form
            id="jsm2fa-yubikey-login-form"
            class="${properties.kcFormClass!}"
            action="${url.loginAction}"
            method="post"
            novalidate>
            <#assign otpError = messagesPerField.getFirstError('otp')>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormGroupLabelClass!}">
                    <label for="otp" class="${properties.kcFormLabelClass!}">
                        <span class="${properties.kcFormLabelTextClass!}">${msg("yubikeyOtpLabel")}</span>
                    </label>
                </div>
                <p id="jsm2fa-yubikey-login-hint">${msg("yubikeyLoginHint")}</p>
                <span class="${properties.kcInputClass!} <#if otpError?has_content>${properties.kcError!}</#if>">
                    <input
                        id="otp"
                        name="otp"
                        type="text"
                        autocomplete="one-time-code"
                        inputmode="text"
                        autocapitalize="off"
                        spellcheck="false"
                        autofocus
                        aria-describedby="jsm2fa-yubikey-login-hint<#if otpError?has_content> input-error-otp</#if>"
                        <#if otpError?has_content>aria-invalid="true"</#if>/>
                </span>
                <#if otpError?has_content>
                    <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                        <div class="${properties.kcInputHelperTextClass!}">
                            <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-otp">
                                <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(otpError)?no_esc}</span>
                            </div>
                        </div>
                    </div>
                </#if>
            </div>

            <@buttons.loginButton />
        </form>
    </#if>
</@layout.registrationLayout>
