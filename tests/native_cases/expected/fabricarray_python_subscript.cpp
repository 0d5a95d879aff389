#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct FabricValues_4c5f8976
{
    wp::fabricarray_t<wp::float32> values;
    wp::indexedfabricarray_t<wp::int32> indexed;


    FabricValues_4c5f8976() = default;
    CUDA_CALLABLE FabricValues_4c5f8976(wp::fabricarray_t<wp::float32> const& values,
    wp::indexedfabricarray_t<wp::int32> const& indexed = {})
        : values{values}
        , indexed{indexed}

    {
    }

    CUDA_CALLABLE FabricValues_4c5f8976& operator += (const FabricValues_4c5f8976& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_FabricValues_4c5f8976(wp::fabricarray_t<wp::float32> const&,
    wp::indexedfabricarray_t<wp::int32> const&,
    wp::fabricarray_t<wp::float32> & adj_values,
    wp::indexedfabricarray_t<wp::int32> & adj_indexed,
    FabricValues_4c5f8976 & adj_ret)
{
    adj_values = adj_ret.values;
    adj_indexed = adj_ret.indexed;
}

// Required when compiling adjoints.
CUDA_CALLABLE FabricValues_4c5f8976 add(const FabricValues_4c5f8976& a, const FabricValues_4c5f8976& b)
{
    return FabricValues_4c5f8976();
}

CUDA_CALLABLE void adj_atomic_add(FabricValues_4c5f8976* p, FabricValues_4c5f8976 t)
{
    wp::adj_atomic_add(&p->values, t.values);
    wp::adj_atomic_add(&p->indexed, t.indexed);
}



struct wp_args_read_fabric_fb0fad33 {
    wp::fabricarray_t<wp::float32> a;
    FabricValues_4c5f8976 s;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void read_fabric_fb0fad33_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_read_fabric_fb0fad33 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::fabricarray_t<wp::float32> var_a = _wp_args->a;
    FabricValues_4c5f8976 var_s = _wp_args->s;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::fabricarray_t<wp::float32>* var_2;
    wp::float32* var_3;
    wp::fabricarray_t<wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::indexedfabricarray_t<wp::int32>* var_8;
    wp::int32* var_9;
    wp::indexedfabricarray_t<wp::int32> var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def read_fabric(a: wp.fabricarray[float], s: FabricValues, out: wp.array[float]):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // out[i] = a[i] + s.values[i] + float(s.indexed[i])                                      <L 13>
    var_1 = wp::address(var_a, var_0);
    var_2 = &((var_s).values);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_4, var_0);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_3);
    var_5 = wp::add(var_6, var_7);
    var_8 = &((var_s).indexed);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_10, var_0);
    var_12 = wp::load(var_9);
    var_11 = wp::float(var_12);
    var_13 = wp::add(var_5, var_11);
    wp::array_store(var_out, var_0, var_13);
    // a[i] = out[i]                                                                          <L 14>
    var_14 = wp::address(var_out, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    wp::array_store(var_a, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void read_fabric_fb0fad33_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_read_fabric_fb0fad33 *_wp_args,
    wp_args_read_fabric_fb0fad33 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::fabricarray_t<wp::float32> var_a = _wp_args->a;
    FabricValues_4c5f8976 var_s = _wp_args->s;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::fabricarray_t<wp::float32> adj_a = _wp_adj_args->a;
    FabricValues_4c5f8976 adj_s = _wp_adj_args->s;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::fabricarray_t<wp::float32>* var_2;
    wp::float32* var_3;
    wp::fabricarray_t<wp::float32> var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::indexedfabricarray_t<wp::int32>* var_8;
    wp::int32* var_9;
    wp::indexedfabricarray_t<wp::int32> var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::fabricarray_t<wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::fabricarray_t<wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::indexedfabricarray_t<wp::int32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::indexedfabricarray_t<wp::int32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def read_fabric(a: wp.fabricarray[float], s: FabricValues, out: wp.array[float]):       <L 11>
    // i = wp.tid()                                                                           <L 12>
    var_0 = builtin_tid1d();
    // out[i] = a[i] + s.values[i] + float(s.indexed[i])                                      <L 13>
    var_1 = wp::address(var_a, var_0);
    var_2 = &((var_s).values);
    var_4 = wp::load(var_2);
    var_3 = wp::address(var_4, var_0);
    var_6 = wp::load(var_1);
    var_7 = wp::load(var_3);
    var_5 = wp::add(var_6, var_7);
    var_8 = &((var_s).indexed);
    var_10 = wp::load(var_8);
    var_9 = wp::address(var_10, var_0);
    var_12 = wp::load(var_9);
    var_11 = wp::float(var_12);
    var_13 = wp::add(var_5, var_11);
    // wp::array_store(var_out, var_0, var_13);
    // a[i] = out[i]                                                                          <L 14>
    var_14 = wp::address(var_out, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // wp::array_store(var_a, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_15, adj_a, adj_0, adj_15);
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_out, var_0, adj_out, adj_0, adj_14);
    // adj: a[i] = out[i]                                                                     <L 14>
    wp::adj_array_store(var_out, var_0, var_13, adj_out, adj_0, adj_13);
    wp::adj_add(var_5, var_11, adj_5, adj_11, adj_13);
    wp::adj_float(var_12, adj_9, adj_11);
    wp::adj_address(var_10, var_0, adj_8, adj_0, adj_9);
    adj_s.indexed = adj_8;
    wp::adj_add(var_6, var_7, adj_1, adj_3, adj_5);
    wp::adj_address(var_4, var_0, adj_2, adj_0, adj_3);
    adj_s.values = adj_2;
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: out[i] = a[i] + s.values[i] + float(s.indexed[i])                                 <L 13>
    // adj: i = wp.tid()                                                                      <L 12>
    // adj: def read_fabric(a: wp.fabricarray[float], s: FabricValues, out: wp.array[float]):  <L 11>
    return;
}



struct read_fabric_fb0fad33_cpu_block_payload_forward
{
    wp_args_read_fabric_fb0fad33* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void read_fabric_fb0fad33_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    read_fabric_fb0fad33_cpu_block_payload_forward* payload = (read_fabric_fb0fad33_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    read_fabric_fb0fad33_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void read_fabric_fb0fad33_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_read_fabric_fb0fad33 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        read_fabric_fb0fad33_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &read_fabric_fb0fad33_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct read_fabric_fb0fad33_cpu_block_payload_backward
{
    wp_args_read_fabric_fb0fad33* args;
    wp_args_read_fabric_fb0fad33* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void read_fabric_fb0fad33_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    read_fabric_fb0fad33_cpu_block_payload_backward* payload = (read_fabric_fb0fad33_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    read_fabric_fb0fad33_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void read_fabric_fb0fad33_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_read_fabric_fb0fad33 *_wp_args,
    wp_args_read_fabric_fb0fad33 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        read_fabric_fb0fad33_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &read_fabric_fb0fad33_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

