<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayRequiredFields=false displayMessage=!messagesPerField.existsError('label','otp'); section>
<!-- template: jsm2fa-yubikey-register.ftl -->
    <#if section = "header">
        ${msg("yubikeyRegisterTitle")}
    <#elseif section = "form">
        <form
            id="jsm2fa-yubikey-register-form"
            class="${properties.kcFormClass!}"
            action="${url.loginAction}"
            method="post"
            novalidate>
            <p id="jsm2fa-yubikey-register-intro">${msg("yubikeyRegisterIntro")}</p>
            <#assign labelError = messagesPerField.getFirstError('label')>
            <#assign otpError = messagesPerField.getFirstError('otp')>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormGroupLabelClass!}">
                    <label for="label" class="${properties.kcFormLabelClass!}">
                        <span class="${properties.kcFormLabelTextClass!}">${msg("yubikeyLabelLabel")}</span>
                    </label>
                </div>
                <span class="${properties.kcInputClass!} <#if labelError?has_content>${properties.kcError!}</#if>">
                    <input
                        id="label"
                        name="label"
                        type="text"
                        maxlength="64"
                        autocomplete="off"
                        value="${(yubikeyLabel!'')}"
                        autofocus
                        <#if labelError?has_content>aria-invalid="true" aria-describedby="input-error-label"</#if>/>
                </span>
                <#if labelError?has_content>
                    <div class="${properties.kcFormHelperTextClass!}" aria-live="polite">
                        <div class="${properties.kcInputHelperTextClass!}">
                            <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-label">
                                <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(labelError)?no_esc}</span>
                            </div>
                        </div>
                    </div>
                </#if>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <div class="${properties.kcFormGroupLabelClass!}">
                    <label for="otp" class="${properties.kcFormLabelClass!}">
                        <span class="${properties.kcFormLabelTextClass!}">${msg("yubikeyOtpLabel")}</span>
                    </label>
                </div>
                <span class="${properties.kcInputClass!} <#if otpError?has_content>${properties.kcError!}</#if>">
                    <input
                        id="otp"
                        name="otp"
                        type="text"
                        autocomplete="one-time-code"
                        inputmode="text"
                        autocapitalize="off"
                        spellcheck="false"
                        <#if otpError?has_content>aria-invalid="true" aria-describedby="input-error-otp"</#if>/>
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

            <@buttons.actionGroup>
                <@buttons.button id="kc-register-yubikey" name="register" label="yubikeyRegisterSubmit" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
