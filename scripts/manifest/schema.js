// Child-element sequences of the task pane add-in manifest, as the XSDs define them
// (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0).
// Office rejects a manifest whose children are out of this order or under the wrong parent.
//
// Keys are matched against the element's path, most specific first: "Parent/Child" beats
// "Child"; a "[type]" suffix matches the element's xsi:type. Each entry is a child's local
// name with a multiplicity mark: "!" exactly one, "?" at most one, "*" any, "+" one or more.
// Names joined by "|" share a position (a choice that may repeat in any mix).
"use strict";

const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  taskpaneOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const LOCALE_AWARE = ["Override*"];

const SEQUENCES = {
  // OfficeApp base sequence, then the TaskPaneApp extension (DefaultSettings onwards).
  "OfficeApp[TaskPaneApp]": [
    "Id!", "AlternateId?", "Version!", "ProviderName!", "DefaultLocale!", "DisplayName!", "Description!",
    "IconUrl!", "HighResolutionIconUrl!", "SupportUrl!", "AppDomains?", "Hosts?", "Requirements?",
    "DefaultSettings!", "Permissions!", "Dictionary?", "VersionOverrides?", "ExtendedOverrides?",
  ],
  "OfficeApp/DisplayName": LOCALE_AWARE,
  "OfficeApp/Description": LOCALE_AWARE,
  "OfficeApp/IconUrl": LOCALE_AWARE,
  "OfficeApp/HighResolutionIconUrl": LOCALE_AWARE,
  "OfficeApp/SupportUrl": LOCALE_AWARE,
  "OfficeApp/AppDomains": ["AppDomain*"],
  "OfficeApp/Hosts": ["Host+"],
  "OfficeApp/Hosts/Host": [],
  "Requirements": ["Sets?", "Methods?"],
  "Sets": ["Set+"],
  "Set": [],
  "Methods": ["Method+"],
  "OfficeApp/DefaultSettings": ["SourceLocation!", "RequestedWidth?", "RequestedHeight?"],
  "DefaultSettings/SourceLocation": LOCALE_AWARE,
  "VersionOverrides[VersionOverridesV1_0]": [
    "Description?", "Requirements?", "Hosts!", "Resources?", "WebApplicationInfo?", "EquivalentAddins?",
  ],
  "VersionOverrides/Hosts": ["Host+"],
  "VersionOverrides/Hosts/Host": ["Runtimes?", "AllFormFactors?", "DesktopFormFactor?"],
  "Runtimes": ["Runtime+"],
  "Runtime": ["Override*"],
  "AllFormFactors": ["ExtensionPoint+"],
  "ExtensionPoint[CustomFunctions]": ["Script!", "Page!", "Metadata!", "Namespace!"],
  "Script": ["SourceLocation!"],
  "Page": ["SourceLocation!"],
  "Metadata": ["SourceLocation!"],
  "DesktopFormFactor": ["GetStarted?", "FunctionFile?", "ExtensionPoint*"],
  "GetStarted": ["Title!", "Description!", "LearnMoreUrl?"],
  "ExtensionPoint[PrimaryCommandSurface]": ["OfficeTab|CustomTab+"],
  "ExtensionPoint[ContextMenu]": ["OfficeMenu+"],
  "OfficeTab": ["Group+"],
  "CustomTab": ["Group|OfficeGroup+", "Label!", "InsertAfter?", "InsertBefore?"],
  "Group": ["Label!", "Icon!", "Control|OfficeControl+"],
  "Control[Button]": ["Label!", "Supertip!", "Icon!", "Action!", "Enabled?"],
  "Control[Menu]": ["Label!", "Supertip!", "Icon!", "Items!"],
  "Supertip": ["Title!", "Description!"],
  "Icon": ["Image+"],
  "Action[ShowTaskpane]": ["TaskpaneId?", "SourceLocation!", "Title?", "SupportsPinning?"],
  "Action[ExecuteFunction]": ["FunctionName!"],
  "Resources": ["Images?", "Urls?", "ShortStrings?", "LongStrings?"],
  "Images": ["Image*"],
  "Urls": ["Url*"],
  "ShortStrings": ["String*"],
  "LongStrings": ["String*"],
  "Resources/Images/Image": ["Override*"],
  "Resources/Urls/Url": ["Override*"],
  "String": ["Override*"],
};

/** The sequence rule for an element, or null when the schema table has none. */
function sequenceFor(el, typeOf) {
  const names = [];
  for (let e = el; e; e = e.parent) names.unshift(e.local);
  const type = typeOf(el);
  for (let start = 0; start < names.length; start++) {
    const tail = names.slice(start).join("/");
    if (type && SEQUENCES[`${tail}[${type}]`]) return { key: `${tail}[${type}]`, items: parse(SEQUENCES[`${tail}[${type}]`]) };
    if (SEQUENCES[tail]) return { key: tail, items: parse(SEQUENCES[tail]) };
  }
  return null;
}

function parse(list) {
  return list.map((entry) => {
    const mark = /[!?*+]$/.test(entry) ? entry.slice(-1) : "?";
    const names = entry.replace(/[!?*+]$/, "").split("|");
    return { names, min: mark === "!" || mark === "+" ? 1 : 0, max: mark === "*" || mark === "+" ? Infinity : 1 };
  });
}

module.exports = { NS, SEQUENCES, sequenceFor };
