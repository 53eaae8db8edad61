using System.Collections.Concurrent;
using System.Reflection;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>
/// Reads a typed entity out of a <see cref="TableEntity"/>, so one partition query can return rows of several kinds
/// (one storage transaction) that are still mapped through their typed entity classes.
/// </summary>
public static class EntityReader
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static T As<T>(TableEntity row)
        where T : ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = new T { PartitionKey = row.PartitionKey, RowKey = row.RowKey, Timestamp = row.Timestamp, ETag = row.ETag };
        foreach (var property in Properties.GetOrAdd(typeof(T), t => [.. t.GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)]))
        {
            if (property.Name is nameof(ITableEntity.PartitionKey) or nameof(ITableEntity.RowKey) or nameof(ITableEntity.Timestamp) or nameof(ITableEntity.ETag))
            {
                continue;
            }

            if (row.TryGetValue(property.Name, out var value) && value is not null)
            {
                property.SetValue(entity, Convert(value, property.PropertyType));
            }
        }

        return entity;
    }

    private static object? Convert(object value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return value switch
        {
            _ when type.IsInstanceOfType(value) => value,
            DateTimeOffset dto when type == typeof(DateTime) => dto.UtcDateTime,
            DateTime dt when type == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
            IConvertible when type.IsPrimitive || type == typeof(decimal) => System.Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"Cannot read a {value.GetType().Name} into {target.Name}."),
        };
    }
}
